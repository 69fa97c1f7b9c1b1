namespace EvalNumerique.Engine.Sessions;

/// <summary>An answer to a pilot item: never scored, kept for calibration.</summary>
/// <param name="Item">The pilot item's id.</param>
/// <param name="Score">1 correct, 0 not ("I don't know" scores 0).</param>
/// <param name="After">Scored answers given before it (its place in the check is After + pilots before it + 1).</param>
public sealed record PilotAnswer(string Item, int Score, int After);
