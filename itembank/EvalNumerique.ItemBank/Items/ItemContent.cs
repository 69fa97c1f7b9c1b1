namespace EvalNumerique.ItemBank.Items;

/// <summary>The type-specific part of an item: what is shown and the answer key.</summary>
public abstract record ItemContent
{
    /// <summary>The item type this content belongs to.</summary>
    public abstract ItemType Type { get; }
}
