namespace EvalNumerique.ItemBank.Items;

/// <summary>A single-choice item: 2–5 choices, one right.</summary>
/// <param name="Choices">The choices in display order.</param>
/// <param name="Answer">The id of the right choice.</param>
public sealed record SingleChoiceContent(IReadOnlyList<Choice> Choices, string Answer) : ItemContent
{
    /// <inheritdoc/>
    public override ItemType Type => ItemType.SingleChoice;
}
