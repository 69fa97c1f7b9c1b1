namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// The ETS classes of Mantel–Haenszel DIF (Zieky, 1993; Dorans &amp; Holland, 1993; Zwick, 2012).
/// Ordered by size, so classes compare (A &lt; B &lt; C).
/// </summary>
public enum EtsClass
{
    /// <summary>Negligible: |Δ_MH| &lt; 1, or Δ_MH not significantly different from 0.</summary>
    A,

    /// <summary>Slight to moderate: neither A nor C.</summary>
    B,

    /// <summary>Moderate to large: |Δ_MH| ≥ 1.5 and significantly greater than 1.</summary>
    C,
}
