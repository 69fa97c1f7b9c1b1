using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>Dispatches to the estimator named in <see cref="EstimationOptions.Method"/>.</summary>
public static class Estimator
{
    /// <summary>Estimates θ for a pattern with the chosen method.</summary>
    public static ThetaEstimate Estimate(ItemPool pool, ReadOnlySpan<Response> responses, EstimationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Method switch
        {
            EstimationMethod.Eap => ExpectedAPosteriori.Estimate(pool, responses, options.Quadrature, options.Prior),
            EstimationMethod.Map => MaximumAPosteriori.Estimate(pool, responses, options.Prior, options.Bounds),
            EstimationMethod.Mle => MaximumLikelihood.Estimate(pool, responses, options.Bounds),
            EstimationMethod.Wle => WeightedLikelihood.Estimate(pool, responses, options.Bounds),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Method, "Unknown estimation method."),
        };
    }
}
