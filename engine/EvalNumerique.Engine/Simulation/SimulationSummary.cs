namespace EvalNumerique.Engine.Simulation;

/// <summary>
/// Recovery and exposure figures of a simulation: RMSE = √(mean (θ̂ − θ)²), bias = mean (θ̂ − θ),
/// Pearson correlation of θ̂ and θ, mean final SE, mean test length, the largest exposure rate
/// (share of examinees who saw an item), the share of bank items nobody saw, and the conditional
/// precision by θ band.
/// </summary>
public sealed record SimulationSummary(
    int N,
    double Rmse,
    double Bias,
    double Corr,
    double MeanSe,
    double MeanLength,
    double MaxExposure,
    double UnusedShare,
    IReadOnlyList<ThetaBand> ConditionalSe);
