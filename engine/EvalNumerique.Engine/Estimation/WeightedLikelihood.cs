using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// Warm's (1989) weighted likelihood estimator: θ̂ solves dlogL/dθ + J(θ)/(2·I(θ)) = 0 with
/// J = Σ Pᵢ′Pᵢ″/(PᵢQᵢ) and I the test information, searched on the bounds; SE = 1/√I(θ̂), as
/// catR's semTheta does for WL. For 1PL/2PL this maximises L(θ)·√I(θ), which removes the
/// first-order bias of the MLE and is finite for all-correct and all-wrong patterns of those
/// models; for 3PL/4PL patterns without a root in the bounds it returns the bound. The search is
/// <see cref="ModalEstimator"/>'s; several roots are ranked by log L + ½ log I (exact for 1PL/2PL).
/// </summary>
public static class WeightedLikelihood
{
    /// <summary>WLE of a pattern. Throws <see cref="ArgumentException"/> for an empty pattern.</summary>
    public static ThetaEstimate Estimate(ItemPool pool, ReadOnlySpan<Response> responses, ThetaBounds bounds)
    {
        if (responses.IsEmpty) throw new ArgumentException("WLE needs at least one response.", nameof(responses));
        var estimator = new ModalEstimator(pool, EstimationMethod.Wle, bounds, NormalPrior.Standard);
        foreach (var response in responses) estimator.Update(response);
        return estimator.Estimate();
    }
}
