namespace EvalNumerique.Engine.ItemQuality;

/// <summary>One reason to review an item: its kind and a sentence with the figures behind it.</summary>
public sealed record ReviewFlag(ReviewFlagKind Kind, string Reason);
