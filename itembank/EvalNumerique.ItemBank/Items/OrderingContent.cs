namespace EvalNumerique.ItemBank.Items;

/// <summary>An ordering item: 3–5 steps shown in <see cref="Choices"/> order, to put in <see cref="Answer"/> order.</summary>
/// <param name="Choices">The steps in the order shown.</param>
/// <param name="Answer">The step ids in the right order (a permutation of the choices).</param>
public sealed record OrderingContent(IReadOnlyList<Choice> Choices, IReadOnlyList<string> Answer) : ItemContent
{
    /// <inheritdoc/>
    public override ItemType Type => ItemType.Ordering;
}
