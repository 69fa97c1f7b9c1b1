namespace EvalNumerique.Engine.Estimation;

/// <summary>How θ is estimated from a response pattern.</summary>
public enum EstimationMethod
{
    /// <summary>Expected a posteriori: posterior mean on a quadrature grid (Bock &amp; Mislevy, 1982).</summary>
    Eap,

    /// <summary>Maximum a posteriori: posterior mode under a normal prior.</summary>
    Map,

    /// <summary>Maximum likelihood, bounded to <see cref="ThetaBounds"/>.</summary>
    Mle,

    /// <summary>Warm's (1989) weighted likelihood, bounded to <see cref="ThetaBounds"/>.</summary>
    Wle,
}
