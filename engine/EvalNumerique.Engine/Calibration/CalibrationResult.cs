using EvalNumerique.Engine.Estimation;

namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// The outcome of <see cref="MmlEm.Calibrate"/>: items in input order, the latent distribution,
/// and the convergence diagnostics.
/// </summary>
/// <param name="Items">Calibrated items, in the order given.</param>
/// <param name="Latent">The latent distribution: N(0, 1) unless it was estimated against anchors.</param>
/// <param name="Converged">Whether both tolerances were met before <see cref="CalibrationOptions.MaxCycles"/>.</param>
/// <param name="Cycles">EM cycles run.</param>
/// <param name="MaxParameterChange">Largest change of a parameter over the last cycle.</param>
/// <param name="LogLikelihood">Marginal log-likelihood Σⱼ ln Σₖ wₖ·Lⱼ(θₖ) at the final parameters.</param>
/// <param name="LogLikelihoodByCycle">The marginal log-likelihood at the start of every cycle (the E-step's), for diagnosis: EM never lowers it when no prior is used.</param>
/// <param name="Warnings">Warnings about the whole run (not converged, no data…).</param>
public sealed record CalibrationResult(
    IReadOnlyList<CalibratedItem> Items,
    NormalPrior Latent,
    bool Converged,
    int Cycles,
    double MaxParameterChange,
    double LogLikelihood,
    IReadOnlyList<double> LogLikelihoodByCycle,
    IReadOnlyList<string> Warnings);
