namespace EvalNumerique.ItemBank.Items;

/// <summary>A choice of a single-choice, multiple-choice or ordering item.</summary>
/// <param name="Id">Short id referenced by the answer (e.g. <c>a</c>).</param>
/// <param name="Text">The text shown and read aloud.</param>
/// <param name="Image">An optional picture with its alt text.</param>
public sealed record Choice(string Id, string Text, Picture? Image);
