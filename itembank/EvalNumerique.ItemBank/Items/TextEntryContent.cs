namespace EvalNumerique.ItemBank.Items;

/// <summary>A text-entry item: type a short answer.</summary>
/// <param name="Input">The input box.</param>
/// <param name="Answer">Accepted values and normalisation.</param>
public sealed record TextEntryContent(TextInput Input, TextAnswer Answer) : ItemContent
{
    /// <inheritdoc/>
    public override ItemType Type => ItemType.TextEntry;
}
