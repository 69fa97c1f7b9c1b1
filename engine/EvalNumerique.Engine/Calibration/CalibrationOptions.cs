using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// Settings of the marginal maximum-likelihood calibration (<see cref="MmlEm"/>), each default with
/// its source. Without anchors the scale is fixed by the latent distribution N(0, 1); with anchors
/// the latent mean and sd may be estimated (<see cref="EstimateLatentDistribution"/>).
/// </summary>
public sealed record CalibrationOptions
{
    /// <summary>
    /// Rectangular quadrature for the latent distribution: 61 points on [−6, 6], mirt's default grid
    /// for one dimension (Chalmers, 2012) and the engine's EAP grid.
    /// </summary>
    public QuadratureSpec Quadrature { get; init; } = new(61, -6, 6);

    /// <summary>The latent distribution N(0, 1) (Bock &amp; Aitkin, 1981); with anchors, the start of the estimated one.</summary>
    public NormalPrior Latent { get; init; } = NormalPrior.Standard;

    /// <summary>
    /// Estimate the latent mean and sd with the items (EM update from the posterior moments, Bock &amp;
    /// Aitkin, 1981; Mislevy, 1984). Only with at least one anchor item: without anchors the scale has
    /// no other origin and unit. Default false.
    /// </summary>
    public bool EstimateLatentDistribution { get; init; }

    /// <summary>Scaling constant D of the response function; 1.0 like the rest of the engine (catR, jsCAT).</summary>
    public double Scaling { get; init; } = ResponseModel.DefaultScaling;

    /// <summary>
    /// The common slope of the free 1PL items: null (default) to estimate one a shared by them, as in
    /// Bock &amp; Aitkin (1981) and ltm's <c>rasch()</c>; a number to hold it fixed (1 gives the Rasch model).
    /// </summary>
    public double? OnePlSlope { get; init; }

    /// <summary>Optional prior on a of 2PL/3PL items; null by default (plain ML, like mirt and ltm). <see cref="LogNormalPrior.Default"/> is BILOG-MG's.</summary>
    public LogNormalPrior? SlopePrior { get; init; }

    /// <summary>Optional prior on b; null by default. N(0, 2) is BILOG-MG's <c>TPRIOR</c> default.</summary>
    public NormalPrior? DifficultyPrior { get; init; }

    /// <summary>Prior on c of 3PL items: Beta(5, 17), BILOG-MG's default for five-option items. Null for none (c may then reach 0).</summary>
    public BetaPrior? GuessingPrior { get; init; } = BetaPrior.Default;

    /// <summary>Maximum number of EM cycles: 500, mirt's <c>NCYCLES</c> default.</summary>
    public int MaxCycles { get; init; } = 500;

    /// <summary>Convergence when the largest change of any a, b, c (and latent mean/sd) over a cycle is below this: 1e-4, mirt's <c>TOL</c> default for EM.</summary>
    public double ParameterTolerance { get; init; } = 1e-4;

    /// <summary>… and the marginal log-likelihood rose by less than this over the cycle (absolute); 1e-3, a tenth of what matters in a likelihood-ratio test.</summary>
    public double LogLikelihoodTolerance { get; init; } = 1e-3;

    /// <summary>Bounds of a: [0.05, 6] — keeps the logistic finite and an item without signal from collapsing to a = 0.</summary>
    public double SlopeMin { get; init; } = 0.05;

    /// <inheritdoc cref="SlopeMin"/>
    public double SlopeMax { get; init; } = 6;

    /// <summary>|b| is kept within this (default 6, the edge of the default quadrature: no data can place an item beyond it).</summary>
    public double DifficultyLimit { get; init; } = 6;

    /// <summary>Upper bound of c: 0.5 (a lower asymptote above one half is not a guessing level).</summary>
    public double GuessingMax { get; init; } = 0.5;

    /// <summary>Items with fewer answers get a warning: 50 (a rule of thumb for 1PL; 2PL/3PL need hundreds, De Ayala, 2009).</summary>
    public int FewAnswers { get; init; } = 50;

    /// <summary>The defaults.</summary>
    public static CalibrationOptions Default { get; } = new();

    /// <summary>Why the options are invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        Quadrature.Problem() ?? Latent.Problem() ?? SlopePrior?.Problem() ?? DifficultyPrior?.Problem() ?? GuessingPrior?.Problem()
        ?? (!double.IsFinite(Scaling) || Scaling <= 0 ? "the scaling constant D must be a finite number > 0"
        : OnePlSlope is { } slope && (!double.IsFinite(slope) || slope <= 0) ? "the fixed 1PL slope must be a finite number > 0"
        : MaxCycles < 1 ? "at least one EM cycle is needed"
        : !(ParameterTolerance > 0) || !(LogLikelihoodTolerance > 0) ? "the convergence tolerances must be > 0"
        : !(SlopeMin > 0) || !(SlopeMax > SlopeMin) || !double.IsFinite(SlopeMax) ? "the slope bounds need 0 < min < max"
        : !(DifficultyLimit > 0) || !double.IsFinite(DifficultyLimit) ? "the difficulty limit must be a finite number > 0"
        : !(GuessingMax > 0) || GuessingMax >= 1 ? "the guessing bound must be in (0, 1)"
        : FewAnswers < 0 ? "the few-answers threshold must be ≥ 0"
        : null);
}
