namespace EvalNumerique.ItemBank.Items;

/// <summary>Right when the person taps these elements in this order (other taps in between are ignored).</summary>
/// <param name="Ids">The elements in the order they must be tapped.</param>
public sealed record SequenceAnswer(IReadOnlyList<string> Ids) : SimulationAnswer;
