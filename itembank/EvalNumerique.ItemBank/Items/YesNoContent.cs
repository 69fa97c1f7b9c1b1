namespace EvalNumerique.ItemBank.Items;

/// <summary>A yes-no item: the buttons are Oui / Non.</summary>
/// <param name="Answer"><see langword="true"/> when the right answer is "Oui".</param>
public sealed record YesNoContent(bool Answer) : ItemContent
{
    /// <inheritdoc/>
    public override ItemType Type => ItemType.YesNo;
}
