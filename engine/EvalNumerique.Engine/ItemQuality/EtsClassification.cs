namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// The ETS A/B/C rule for Mantel–Haenszel DIF, as stated by Zieky (1993), Dorans &amp; Holland
/// (1993, p. 41–42) and reviewed by Zwick (2012, ETS RR-12-08, p. 3–4):
/// <list type="bullet">
/// <item>A — |Δ_MH| &lt; 1, or Δ_MH not significantly different from 0 (the MH χ² test at level α);</item>
/// <item>C — |Δ_MH| ≥ 1.5 and |Δ_MH| significantly greater than 1: the interval-null test of
/// H₀: |Δ| ≤ 1 (Paek &amp; Holland, 2015, Psychometrika 80:406–411) with p = Φ((1 − |Δ̂|)/SE) + Φ((−1 − |Δ̂|)/SE),
/// SE = SE(Δ_MH), below α — in effect (|Δ̂| − 1)/SE &gt; 1.645 at 5 %, the second term being negligible there;</item>
/// <item>B — every other case.</item>
/// </list>
/// The sign of Δ_MH says who is favoured: negative, the reference group (the item is harder for the
/// focal group at equal ability); positive, the focal group. Note that R's difR::difMH labels its
/// "negligible / moderate / large" on |Δ_MH| alone (thresholds 1 and 1.5, Holland &amp; Thayer, 1985)
/// and reports significance separately; this rule combines both, as ETS does.
/// </summary>
public static class EtsClassification
{
    /// <summary>|Δ_MH| below which DIF is negligible.</summary>
    public const double BThreshold = 1.0;

    /// <summary>|Δ_MH| from which DIF may be large.</summary>
    public const double CThreshold = 1.5;

    /// <summary>Classifies one Mantel–Haenszel result at significance level <paramref name="significance"/>.</summary>
    public static EtsClass Classify(MantelHaenszelResult result, double significance)
    {
        double size = Math.Abs(result.Delta);
        if (size < BThreshold || result.PValue >= significance) return EtsClass.A;
        if (size >= CThreshold && result.SeDelta > 0 && AboveOnePValue(size, result.SeDelta) < significance)
            return EtsClass.C;
        return EtsClass.B;
    }

    /// <summary>
    /// p-value of H₀: |Δ| ≤ 1 for an estimate of size |Δ̂| with standard error SE:
    /// Φ((1 − |Δ̂|)/SE) + Φ((−1 − |Δ̂|)/SE), the chance that a normal estimate centred on the edge Δ = ±1
    /// lands at least as far out (Paek &amp; Holland, 2015).
    /// </summary>
    public static double AboveOnePValue(double size, double se) =>
        Distributions.NormalUpperTail((size - BThreshold) / se) + Distributions.NormalUpperTail((size + BThreshold) / se);
}
