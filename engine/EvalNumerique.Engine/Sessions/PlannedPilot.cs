namespace EvalNumerique.Engine.Sessions;

/// <summary>
/// A pilot item planned at the start of a session: it is due once <paramref name="After"/> scored
/// answers are given (≥ 1: never first). Consecutive pilots may share the same <paramref name="After"/>.
/// </summary>
/// <param name="Item">The pilot item's id.</param>
/// <param name="After">Scored answers given before it.</param>
public sealed record PlannedPilot(string Item, int After);
