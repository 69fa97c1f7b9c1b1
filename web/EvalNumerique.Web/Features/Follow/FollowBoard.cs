using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>
/// What the dashboard shows, kept in the circuit: the checks of the staff member's structures,
/// updated by the hub's messages. Updates for other structures are ignored, and an update older
/// than the row it would replace (messages can cross) changes nothing.
/// </summary>
public sealed class FollowBoard(IEnumerable<FollowedStructure> structures, IEnumerable<CheckFollowUp> checks)
{
    private readonly Dictionary<int, string> _structures = structures.ToDictionary(s => s.Id, s => s.Name);
    private readonly Dictionary<Guid, CheckFollowUp> _checks = checks.ToDictionary(c => c.CheckId);

    public IReadOnlyList<FollowedStructure> Structures =>
        [.. _structures.Select(s => new FollowedStructure(s.Key, s.Value)).OrderBy(s => s.Name, StringComparer.CurrentCulture)];

    public string StructureName(int structureId) => _structures.GetValueOrDefault(structureId, "");

    /// <summary>Takes an update in; true if the board changed.</summary>
    public bool Apply(CheckFollowUp update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!_structures.ContainsKey(update.StructureId)) return false;
        if (_checks.TryGetValue(update.CheckId, out var known) && known.UpdatedAt > update.UpdatedAt) return false;
        _checks[update.CheckId] = update;
        return true;
    }

    /// <summary>Drops finished checks older than the dashboard shows (a page left open overnight); true if any left.</summary>
    public bool Prune(DateTimeOffset now)
    {
        var old = _checks.Values.Where(c => !FollowUpRules.IsShown(c, now)).Select(c => c.CheckId).ToList();
        foreach (var id in old) _checks.Remove(id);
        return old.Count > 0;
    }

    /// <summary>The rows of one structure (or all), by last activity.</summary>
    public IReadOnlyList<CheckFollowUp> Rows(int? structureId = null, bool mostRecentFirst = true)
    {
        var rows = _checks.Values.Where(c => structureId is null || c.StructureId == structureId);
        return mostRecentFirst
            ? [.. rows.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.CheckId)]
            : [.. rows.OrderBy(c => c.UpdatedAt).ThenBy(c => c.CheckId)];
    }

    /// <summary>Counts for the summary line: in progress, of which stalled, and finished.</summary>
    public (int InProgress, int Stalled, int Finished) Counts(int? structureId, DateTimeOffset now, TimeSpan stalledAfter)
    {
        var rows = Rows(structureId);
        return (rows.Count(c => c.Stage != CheckStage.Finished),
            rows.Count(c => FollowUpRules.IsStalled(c, now, stalledAfter)),
            rows.Count(c => c.Stage == CheckStage.Finished));
    }
}
