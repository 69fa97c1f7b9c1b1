using EvalNumerique.Engine.Estimation;

namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// Every threshold of item-quality analysis in one place, with where it comes from. The review
/// thresholds are issue 8's (EvalNumerique) and match common practice as cited; they are
/// defaults to tune on real data, not laws.
/// </summary>
public sealed record ItemQualityOptions
{
    /// <summary>How θ is estimated when no θ is given: the engine's EAP defaults (N(0, 1) prior, 61 nodes on [−6, 6]).</summary>
    public EstimationOptions Estimation { get; init; } = EstimationOptions.Default;

    /// <summary>
    /// Answers an item needs before its p-value, point-biserial and fit are judged (fewer: flagged
    /// "too few answers to judge"). 30: the usual minimum for a stable proportion and correlation;
    /// Linacre (1994, Rasch Meas. Trans. 7:4) finds item calibrations stable to ±0.5 logit at 30.
    /// </summary>
    public int MinAnswers { get; init; } = 30;

    /// <summary>Lowest acceptable p-value (proportion correct): below, the item is nearly never solved. Issue 8.</summary>
    public double MinPValue { get; init; } = 0.10;

    /// <summary>Highest acceptable p-value: above, the item is nearly always solved and tells little. Issue 8.</summary>
    public double MaxPValue { get; init; } = 0.95;

    /// <summary>
    /// Lowest acceptable point-biserial with the criterion. Issue 8; the usual floor of classical item
    /// analysis is 0.15–0.20 (e.g. Ebel &amp; Frisbie, 1991, discrimination below 0.20 "poor").
    /// </summary>
    public double MinPointBiserial { get; init; } = 0.15;

    /// <summary>
    /// Acceptable range of infit and outfit mean squares: [0.7, 1.3], Wright &amp; Linacre (1994),
    /// "Reasonable mean-square fit values", Rasch Meas. Trans. 8:3, p. 370 (multiple-choice, high stakes).
    /// </summary>
    public double MinMeanSquare { get; init; } = 0.7;

    /// <inheritdoc cref="MinMeanSquare"/>
    public double MaxMeanSquare { get; init; } = 1.3;

    /// <summary>
    /// A mean square outside [<see cref="MinMeanSquare"/>, <see cref="MaxMeanSquare"/>] is flagged only
    /// when its t is also beyond ±2 (misfit both large and significant; Bond &amp; Fox, 2015, ch. 12;
    /// Linacre, Winsteps manual, "Misfit diagnosis"). Without it, the outfit of a very easy or very hard
    /// item, which rests on a few unexpected answers, falls outside the band by chance (seen in the
    /// fit simulation test). 0 judges the mean square alone.
    /// </summary>
    public double MinFitT { get; init; } = 2.0;

    /// <summary>
    /// Item parameters estimated per item, subtracted from the S-X² degrees of freedom: 2 for a
    /// calibrated 2PL bank (Orlando &amp; Thissen, 2000); 0 when the parameters are known, as in a simulation.
    /// </summary>
    public int SumScoreFitParameters { get; init; } = 2;

    /// <summary>
    /// Smallest expected number right and wrong in an S-X² score group before it stands alone; 1 is
    /// Orlando &amp; Thissen's (2000) choice and the default <c>mincell</c> of mirt's itemfit.
    /// </summary>
    public double SumScoreFitMinExpected { get; init; } = 1;

    /// <summary>
    /// Answers each of the reference and focal groups needs before DIF is classified; fewer gives
    /// "too few answers", not a class. 50 per group: issue 8 (ETS operational minimums are larger,
    /// e.g. 200 focal / 500 in all; Zwick, 2012, ETS RR-12-08).
    /// </summary>
    public int MinDifAnswersPerGroup { get; init; } = 50;

    /// <summary>Level of the significance tests of the ETS rules: 5 % (Dorans &amp; Holland, 1993; Zwick, 2012).</summary>
    public double DifSignificance { get; init; } = 0.05;

    /// <summary>The lowest ETS class that raises a review flag: C by default (ETS does not use C items
    /// unless essential; B items are only avoided when there is a choice — Zwick, 2012, p. 10).</summary>
    public EtsClass FlagDifFrom { get; init; } = EtsClass.C;

    /// <summary>The matching variable of the Mantel–Haenszel strata; <see cref="DifMatching.Auto"/> picks the sum score for complete data and θ bands otherwise.</summary>
    public DifMatching Matching { get; init; } = DifMatching.Auto;

    /// <summary>
    /// Width of the θ̂ bands that form the strata on adaptive data, in logits. 0.5: about the SE of a
    /// 10–20 item adaptive check, so persons in one band cannot be told apart by their estimate.
    /// </summary>
    public double ThetaBandWidth { get; init; } = 0.5;

    /// <summary>
    /// Fewest answers a stratum must hold (with at least one of each group) before it stands alone;
    /// thinner strata are merged with their neighbour (see <see cref="MatchingStrata"/>). 10 keeps a
    /// 2×2 table's variance meaningful; 1 disables merging.
    /// </summary>
    public int MinStratumAnswers { get; init; } = 10;

    /// <summary>Highest acceptable exposure rate (administrations / checks). Issue 8; the usual target
    /// rₘₐₓ of Sympson–Hetter exposure control is 0.2–0.3 (e.g. Chang &amp; Ying, 1999).</summary>
    public double MaxExposure { get; init; } = 0.3;

    /// <summary>The defaults.</summary>
    public static ItemQualityOptions Default { get; } = new();

    /// <summary>Why the options are invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        Estimation.Problem()
        ?? (MinAnswers < 2 ? "at least 2 answers are needed to judge an item" : null)
        ?? (!(MinPValue >= 0 && MinPValue < MaxPValue && MaxPValue <= 1) ? "the p-value range must satisfy 0 ≤ min < max ≤ 1" : null)
        ?? (!double.IsFinite(MinPointBiserial) ? "the point-biserial floor must be a finite number" : null)
        ?? (!(MinMeanSquare > 0 && MinMeanSquare < MaxMeanSquare && double.IsFinite(MaxMeanSquare)) ? "the mean-square range must satisfy 0 < min < max" : null)
        ?? (!(MinFitT >= 0 && double.IsFinite(MinFitT)) ? "the fit t threshold must be a finite number ≥ 0" : null)
        ?? (SumScoreFitParameters < 0 ? "the S-X² parameter count must be ≥ 0" : null)
        ?? (!(SumScoreFitMinExpected > 0 && double.IsFinite(SumScoreFitMinExpected)) ? "the S-X² minimum expected count must be a finite number > 0" : null)
        ?? (MinDifAnswersPerGroup < 1 ? "DIF needs at least 1 answer per group" : null)
        ?? (!(DifSignificance > 0 && DifSignificance < 1) ? "the DIF significance level must lie in (0, 1)" : null)
        ?? (!(ThetaBandWidth > 0 && double.IsFinite(ThetaBandWidth)) ? "the θ band width must be a finite number > 0" : null)
        ?? (MinStratumAnswers < 1 ? "a stratum needs at least 1 answer" : null)
        ?? (!(MaxExposure > 0 && MaxExposure <= 1) ? "the exposure ceiling must lie in (0, 1]" : null);
}
