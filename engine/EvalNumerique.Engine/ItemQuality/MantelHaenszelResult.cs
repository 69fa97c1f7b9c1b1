namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// The Mantel–Haenszel statistics of one item for one grouping (see <see cref="MantelHaenszel"/>).
/// </summary>
/// <param name="Alpha">α_MH, the common odds ratio of answering right, reference over focal; &gt; 1 favours the reference group.</param>
/// <param name="Delta">Δ_MH = −2.35·ln α_MH on the ETS delta scale; negative means the item is harder for the focal group.</param>
/// <param name="ChiSquare">The MH χ² with continuity correction (1 df).</param>
/// <param name="PValue">P(χ²₁ ≥ <paramref name="ChiSquare"/>).</param>
/// <param name="SeLogAlpha">Standard error of ln α_MH (Robins, Breslow &amp; Greenland, 1986).</param>
/// <param name="Strata">Number of strata that held both groups.</param>
public readonly record struct MantelHaenszelResult(double Alpha, double Delta, double ChiSquare, double PValue, double SeLogAlpha, int Strata)
{
    /// <summary>The standard error of Δ_MH, 2.35·SE(ln α_MH) (Phillips &amp; Holland, 1987).</summary>
    public double SeDelta => MantelHaenszel.DeltaScale * SeLogAlpha;
}
