using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// Maximum a posteriori (Bayes modal) estimation under a normal prior N(μ, σ²): θ̂ maximises
/// log L(θ) − (θ − μ)²/(2σ²) on the bounds; SE = 1/√(I(θ̂) + 1/σ²) (Baker &amp; Kim, 2004, §7).
/// Finite for every pattern; the empty pattern gives the prior mean and σ.
/// </summary>
public static class MaximumAPosteriori
{
    /// <summary>MAP estimate of a pattern.</summary>
    public static ThetaEstimate Estimate(ItemPool pool, ReadOnlySpan<Response> responses, NormalPrior prior, ThetaBounds bounds)
    {
        var pattern = responses.ToArray();
        double precision = 1 / (prior.Sd * prior.Sd);
        double theta = BoundedMaximiser.Maximise(
            t => PatternFunctions.Score(pool, pattern, t) - (t - prior.Mean) * precision,
            t => PatternFunctions.LogLikelihood(pool, pattern, t) - 0.5 * (t - prior.Mean) * (t - prior.Mean) * precision,
            bounds.Min, bounds.Max);
        return new ThetaEstimate(theta, 1 / Math.Sqrt(PatternFunctions.Information(pool, pattern, theta) + precision));
    }
}
