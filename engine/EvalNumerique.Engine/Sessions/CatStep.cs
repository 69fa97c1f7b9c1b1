namespace EvalNumerique.Engine.Sessions;

/// <summary>
/// The next thing a session asks for (<see cref="CatSession.NextStep"/>): a scored item (its pool
/// index in <see cref="Item"/>), a pilot item (its id in <see cref="PilotId"/>), or nothing once the
/// test has stopped. A value type, so asking for it allocates nothing.
/// </summary>
/// <param name="Kind">Scored, pilot or finished.</param>
/// <param name="Item">The scored item's index in the pool; −1 for a pilot step or when finished.</param>
/// <param name="PilotId">The pilot item's id; null otherwise.</param>
public readonly record struct CatStep(CatStepKind Kind, int Item, string? PilotId)
{
    /// <summary>The step of a stopped test.</summary>
    public static CatStep Finished => new(CatStepKind.Finished, -1, null);

    /// <summary>Whether the step is a pilot item.</summary>
    public bool IsPilot => Kind == CatStepKind.Pilot;
}
