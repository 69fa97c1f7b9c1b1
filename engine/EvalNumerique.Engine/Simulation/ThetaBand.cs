namespace EvalNumerique.Engine.Simulation;

/// <summary>
/// Precision of the estimate for true θ in [From, To) (null for an open end): number of examinees,
/// mean SE, RMSE and bias there.
/// </summary>
public sealed record ThetaBand(double? From, double? To, int N, double MeanSe, double Rmse, double Bias);
