namespace EvalNumerique.Engine.Sessions;

/// <summary>An answer as stored in a session state: the item id and its score (1 correct, 0 not).</summary>
public sealed record AnsweredItem(string Item, int Score);
