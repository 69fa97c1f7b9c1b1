namespace EvalNumerique.Engine.Sessions;

/// <summary>
/// Pilot (pretest) items seeded into live checks so that their answers accumulate for calibration:
/// the embedded, "on-line" pretesting of operational CATs (Ban, Hanson, Wang, Yi &amp; Harris, 2001,
/// <i>A comparative study of on-line pretest item calibration/scaling methods in CAT</i>, JEM 38(3);
/// Kingsbury, 2009, <i>Adaptive item calibration</i>). A pilot item has no trustworthy parameters, so
/// it is not in the scored <see cref="Models.ItemPool"/>: it is never scored, never selected by
/// information, and its answer does not touch the estimate, the content balance or the stopping rule.
/// <para>
/// At the start of a session (<see cref="CatSession(Models.ItemPool, CatOptions, ulong, IReadOnlyDictionary{string, int}?)"/>)
/// at most <see cref="PerCheck"/> of <see cref="Items"/> are chosen — strictly fewest answers first
/// when the caller gives the counts, uniformly at random among equals, never two enemies
/// (<see cref="CatOptions.EnemyGroups"/> may name pilot ids) — and placed at P distinct places drawn
/// uniformly among 2 … L + P − 1, where L is the number of scored items every check gives
/// (<see cref="Stopping.StoppingRule.MinLength"/>, or <see cref="Stopping.StoppingRule.MaxLength"/> for
/// a fixed-length rule): never first, never after the last guaranteed scored item, so a short check
/// still gets them (see <see cref="CatSession.PlannedPilots"/>). Draws come from a stream of their
/// own, so the scored items of a check are those the same seed gives without pilots. A pilot item is
/// skipped, not replaced, when an enemy of it was given first or the test stops before its place.
/// </para>
/// </summary>
public sealed record PilotOptions
{
    /// <summary>Ids of the pilot items that may be given, in a fixed order (e.g. by id); none may be in the scored bank.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>At most this many pilot items per check; 0 (the default) turns piloting off.</summary>
    public int PerCheck { get; init; }

    /// <summary>Why the options are invalid, or <c>null</c>.</summary>
    public string? Problem()
    {
        if (PerCheck < 0) return "the number of pilot items per check must be ≥ 0";
        if (Items.Any(string.IsNullOrEmpty)) return "a pilot item id is empty";
        if (Items.Distinct(StringComparer.Ordinal).Count() != Items.Count) return "a pilot item id appears twice";
        return null;
    }
}
