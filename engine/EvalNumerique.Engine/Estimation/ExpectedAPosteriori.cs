using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// Expected a posteriori estimation (Bock &amp; Mislevy, 1982):
/// θ̂ = Σₖ θₖ·L(θₖ)·g(θₖ) / Σₖ L(θₖ)·g(θₖ), SE = the posterior SD, on equally spaced nodes θₖ
/// with g the normal prior density. Always finite, including for all-correct, all-wrong and
/// empty patterns (the empty pattern gives the prior's mean and SD as seen on the grid).
/// </summary>
public static class ExpectedAPosteriori
{
    /// <summary>EAP estimate of a pattern.</summary>
    public static ThetaEstimate Estimate(ItemPool pool, ReadOnlySpan<Response> responses, QuadratureSpec quadrature, NormalPrior prior)
    {
        var posterior = new Posterior(quadrature, prior);
        posterior.Update(pool, responses);
        return posterior.Estimate();
    }
}
