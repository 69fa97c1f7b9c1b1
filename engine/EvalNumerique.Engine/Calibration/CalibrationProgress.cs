namespace EvalNumerique.Engine.Calibration;

/// <summary>Where an EM run stands after a cycle.</summary>
/// <param name="Cycle">Cycles done.</param>
/// <param name="MaxCycles">The cycle limit of the run.</param>
/// <param name="MaxParameterChange">Largest parameter change in this cycle (the run stops below the tolerance).</param>
/// <param name="LogLikelihood">Marginal log-likelihood at the start of this cycle.</param>
public readonly record struct CalibrationProgress(int Cycle, int MaxCycles, double MaxParameterChange, double LogLikelihood);
