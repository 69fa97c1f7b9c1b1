namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// The Mantel–Haenszel procedure for DIF on K stratified 2×2 tables (Mantel &amp; Haenszel, 1959;
/// Holland &amp; Thayer, 1988), with Aₖ, Bₖ, Cₖ, Dₖ = reference right, reference wrong, focal right,
/// focal wrong, Nₖ their total:
/// <list type="bullet">
/// <item>α_MH = Σₖ(AₖDₖ/Nₖ) / Σₖ(BₖCₖ/Nₖ), Δ_MH = −2.35·ln α_MH (the ETS delta scale);</item>
/// <item>χ²_MH = (|Σₖ Aₖ − Σₖ E(Aₖ)| − ½)² / Σₖ Var(Aₖ), E(Aₖ) = n_Rk·m₁ₖ/Nₖ,
/// Var(Aₖ) = n_Rk·n_Fk·m₁ₖ·m₀ₖ / (Nₖ²(Nₖ − 1)), m₁ₖ, m₀ₖ the numbers right and wrong; the
/// correction is min(½, |Σ Aₖ − Σ E(Aₖ)|) as in R's <c>mantelhaen.test</c>, so it never overshoots;</item>
/// <item>Var(ln α_MH) by Robins, Breslow &amp; Greenland (1986), with Rₖ = AₖDₖ/Nₖ, Sₖ = BₖCₖ/Nₖ,
/// Pₖ = (Aₖ + Dₖ)/Nₖ, Qₖ = (Bₖ + Cₖ)/Nₖ:
/// Σ PₖRₖ/(2R²) + Σ(PₖSₖ + QₖRₖ)/(2RS) + Σ QₖSₖ/(2S²), R = ΣRₖ, S = ΣSₖ — the variance
/// Phillips &amp; Holland (1987) showed to be the same estimator, used by ETS for SE(Δ_MH).</item>
/// </list>
/// Strata with fewer than two persons, or without one of the groups, carry no information and are
/// skipped (they add exactly 0 to every sum above).
/// </summary>
public static class MantelHaenszel
{
    /// <summary>The 2.35 of the ETS delta scale: 4/1.7, the logistic-to-normal-ogive delta metric (Holland &amp; Thayer, 1985).</summary>
    public const double DeltaScale = 2.35;

    /// <summary>
    /// The statistics, or <c>null</c> when they are undefined: no stratum holds both groups, or
    /// α_MH is 0 or infinite (one group right or wrong everywhere in the informative strata).
    /// </summary>
    public static MantelHaenszelResult? Compute(ReadOnlySpan<StratumTable> strata)
    {
        double r = 0, s = 0, observed = 0, expected = 0, variance = 0;
        double pr = 0, psqr = 0, qs = 0;
        int used = 0;
        foreach (var t in strata)
        {
            double n = t.Total;
            if (n < 2 || t.Reference == 0 || t.Focal == 0) continue;
            used++;
            double a = t.ReferenceRight, b = t.ReferenceWrong, c = t.FocalRight, d = t.FocalWrong;
            double right = a + c, wrong = b + d;
            double rk = a * d / n, sk = b * c / n;
            double pk = (a + d) / n, qk = (b + c) / n;
            r += rk;
            s += sk;
            pr += pk * rk;
            psqr += pk * sk + qk * rk;
            qs += qk * sk;
            observed += a;
            expected += t.Reference * right / n;
            variance += t.Reference * t.Focal * right * wrong / (n * n * (n - 1));
        }
        if (used == 0 || r <= 0 || s <= 0) return null;

        double alpha = r / s;
        double difference = Math.Abs(observed - expected);
        double corrected = difference - Math.Min(0.5, difference);
        double chiSquare = variance > 0 ? corrected * corrected / variance : 0;
        double varianceLogAlpha = pr / (2 * r * r) + psqr / (2 * r * s) + qs / (2 * s * s);
        return new MantelHaenszelResult(
            Alpha: alpha,
            Delta: -DeltaScale * Math.Log(alpha),
            ChiSquare: chiSquare,
            PValue: Distributions.ChiSquareOneDfUpperTail(chiSquare),
            SeLogAlpha: Math.Sqrt(varianceLogAlpha),
            Strata: used);
    }
}
