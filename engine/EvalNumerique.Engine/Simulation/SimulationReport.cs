namespace EvalNumerique.Engine.Simulation;

/// <summary>A simulation's summary, per-examinee results, and exposure rate of every item in bank order.</summary>
public sealed record SimulationReport(SimulationSummary Summary, IReadOnlyList<SimulatedExaminee> Examinees, IReadOnlyList<double> Exposure);
