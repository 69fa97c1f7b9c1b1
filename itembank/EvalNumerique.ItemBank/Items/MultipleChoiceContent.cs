namespace EvalNumerique.ItemBank.Items;

/// <summary>A multiple-choice item: 3–6 choices; the person must tick exactly the right ones.</summary>
/// <param name="Choices">The choices in display order.</param>
/// <param name="Answer">The ids of the right choices (at least one).</param>
public sealed record MultipleChoiceContent(IReadOnlyList<Choice> Choices, IReadOnlyList<string> Answer) : ItemContent
{
    /// <inheritdoc/>
    public override ItemType Type => ItemType.MultipleChoice;
}
