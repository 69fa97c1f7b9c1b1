namespace EvalNumerique.Engine.Simulation;

/// <summary>One simulated examinee: true θ, final estimate and SE, and the items given in order.</summary>
public sealed record SimulatedExaminee(double TrueTheta, double Theta, double Se, IReadOnlyList<string> Items);
