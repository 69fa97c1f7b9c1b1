using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// Warm's (1989) weighted likelihood estimator: θ̂ solves dlogL/dθ + J(θ)/(2·I(θ)) = 0 with
/// J = Σ Pᵢ′Pᵢ″/(PᵢQᵢ) and I the test information, searched on the bounds; SE = 1/√I(θ̂), as
/// catR's semTheta does for WL. For 1PL/2PL this maximises L(θ)·√I(θ), which removes the
/// first-order bias of the MLE and is finite for all-correct and all-wrong patterns of those
/// models; for 3PL/4PL patterns without a root in the bounds it returns the bound.
/// </summary>
public static class WeightedLikelihood
{
    /// <summary>WLE of a pattern. Throws <see cref="ArgumentException"/> for an empty pattern.</summary>
    public static ThetaEstimate Estimate(ItemPool pool, ReadOnlySpan<Response> responses, ThetaBounds bounds)
    {
        if (responses.IsEmpty) throw new ArgumentException("WLE needs at least one response.", nameof(responses));
        var pattern = responses.ToArray();
        double theta = BoundedMaximiser.Maximise(
            t => WeightedScore(pool, pattern, t),
            // Used only to rank several roots: log L + ½ log I (exact for 1PL/2PL).
            t => PatternFunctions.LogLikelihood(pool, pattern, t) + 0.5 * Math.Log(PatternFunctions.Information(pool, pattern, t)),
            bounds.Min, bounds.Max);
        return new ThetaEstimate(theta, 1 / Math.Sqrt(PatternFunctions.Information(pool, pattern, theta)));
    }

    private static double WeightedScore(ItemPool pool, Response[] pattern, double theta)
    {
        double information = PatternFunctions.Information(pool, pattern, theta);
        double correction = information > 0 ? PatternFunctions.WarmJ(pool, pattern, theta) / (2 * information) : 0;
        return PatternFunctions.Score(pool, pattern, theta) + correction;
    }
}
