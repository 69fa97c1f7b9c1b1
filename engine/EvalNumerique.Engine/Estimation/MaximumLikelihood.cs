using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// Bounded maximum-likelihood estimation: θ̂ maximises L(θ) = Πᵢ Pᵢ^uᵢ·Qᵢ^(1−uᵢ) on
/// [min, max]; SE = 1/√I(θ̂) (Lord, 1980). All correct gives the upper bound, all wrong the lower
/// bound (the likelihood is monotone), each with the finite SE of the information there.
/// The search is <see cref="ModalEstimator"/>'s.
/// </summary>
public static class MaximumLikelihood
{
    /// <summary>MLE of a pattern. Throws <see cref="ArgumentException"/> for an empty pattern (the likelihood is flat).</summary>
    public static ThetaEstimate Estimate(ItemPool pool, ReadOnlySpan<Response> responses, ThetaBounds bounds)
    {
        if (responses.IsEmpty) throw new ArgumentException("MLE needs at least one response.", nameof(responses));
        var estimator = new ModalEstimator(pool, EstimationMethod.Mle, bounds, NormalPrior.Standard);
        foreach (var response in responses) estimator.Update(response);
        return estimator.Estimate();
    }
}
