using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// Maximum a posteriori (Bayes modal) estimation under a normal prior N(μ, σ²): θ̂ maximises
/// log L(θ) − (θ − μ)²/(2σ²) on the bounds; SE = 1/√(I(θ̂) + 1/σ²) (Baker &amp; Kim, 2004, §7).
/// Finite for every pattern; the empty pattern gives the prior mean and σ. The search is
/// <see cref="ModalEstimator"/>'s.
/// </summary>
public static class MaximumAPosteriori
{
    /// <summary>MAP estimate of a pattern.</summary>
    public static ThetaEstimate Estimate(ItemPool pool, ReadOnlySpan<Response> responses, NormalPrior prior, ThetaBounds bounds)
    {
        var estimator = new ModalEstimator(pool, EstimationMethod.Map, bounds, prior);
        foreach (var response in responses) estimator.Update(response);
        return estimator.Estimate();
    }
}
