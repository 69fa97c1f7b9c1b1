namespace EvalNumerique.Engine.ItemQuality;

/// <summary>Which group an item with DIF favours at equal ability.</summary>
public enum DifFavours
{
    /// <summary>Δ_MH &lt; 0: the item is harder for the focal group.</summary>
    Reference,

    /// <summary>Δ_MH &gt; 0: the item is harder for the reference group.</summary>
    Focal,
}
