namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// Everything an estimator needs besides the responses. The defaults are the engine's contract
/// (the `evalnum estimate` defaults): a standard normal prior; 61 quadrature points on [−6, 6]
/// (wide enough that the prior's tails are covered, fine enough that EAP agrees with finer grids
/// to 1e-4); bounds [−4, 4] for MLE/WLE/MAP, the default <c>range</c> of catR's thetaEst.
/// </summary>
public sealed record EstimationOptions
{
    /// <summary>The method; EAP by default because it is finite for every pattern.</summary>
    public EstimationMethod Method { get; init; } = EstimationMethod.Eap;

    /// <summary>The prior used by EAP and MAP.</summary>
    public NormalPrior Prior { get; init; } = NormalPrior.Standard;

    /// <summary>The EAP grid.</summary>
    public QuadratureSpec Quadrature { get; init; } = new(61, -6, 6);

    /// <summary>Where MLE, WLE and MAP search.</summary>
    public ThetaBounds Bounds { get; init; } = new(-4, 4);

    /// <summary>The defaults.</summary>
    public static EstimationOptions Default { get; } = new();

    /// <summary>Why the options are invalid, or <c>null</c>.</summary>
    public string? Problem() => Prior.Problem() ?? Quadrature.Problem() ?? Bounds.Problem();
}
