namespace EvalNumerique.ItemBank.Items;

/// <summary>Right when the first tap on a tappable element hits one of <see cref="Ids"/>.</summary>
/// <param name="Ids">The right elements.</param>
public sealed record TapAnswer(IReadOnlyList<string> Ids) : SimulationAnswer;
