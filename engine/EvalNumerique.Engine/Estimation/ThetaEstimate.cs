namespace EvalNumerique.Engine.Estimation;

/// <summary>An ability estimate θ̂ and its standard error.</summary>
public readonly record struct ThetaEstimate(double Theta, double Se);
