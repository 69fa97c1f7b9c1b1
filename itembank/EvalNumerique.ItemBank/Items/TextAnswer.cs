namespace EvalNumerique.ItemBank.Items;

/// <summary>Accepted typed values and the rules that normalise both sides before comparing.</summary>
/// <param name="Accept">The accepted values (at least one).</param>
/// <param name="Normalise">The normalisation rules.</param>
public sealed record TextAnswer(IReadOnlyList<string> Accept, IReadOnlyList<NormaliseRule> Normalise);
