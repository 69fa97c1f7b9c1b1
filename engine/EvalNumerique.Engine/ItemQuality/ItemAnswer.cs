namespace EvalNumerique.Engine.ItemQuality;

/// <summary>One answer to an item, seen from the item: who answered (person index) and the score (0 or 1).</summary>
public readonly record struct ItemAnswer(int Person, int Score);
