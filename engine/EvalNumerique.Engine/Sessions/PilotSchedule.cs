using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Sessions;

/// <summary>
/// The pilot side of a <see cref="CatSession"/>: the plan, which entries are done (answered,
/// excluded, or skipped because an enemy was given first), the pilot answers, and the enemy links
/// between pilot and scored items. Nothing here draws random numbers: the next pilot follows from
/// the plan and the answers, so a resumed session gives the same step without storing it.
/// </summary>
internal sealed class PilotSchedule
{
    private readonly PlannedPilot[] _plan;
    private readonly bool[] _done;
    private readonly int[][] _scoredEnemies;      // per plan entry: pool indices of its enemies
    private readonly int[][]? _entriesEnemyOf;    // per pool item: plan entries it is an enemy of; null without such links
    private readonly List<PilotAnswer> _answers = [];
    private readonly List<string> _excluded = [];

    private PilotSchedule(PlannedPilot[] plan, int[][] scoredEnemies, int[][]? entriesEnemyOf)
    {
        _plan = plan;
        _done = new bool[plan.Length];
        _scoredEnemies = scoredEnemies;
        _entriesEnemyOf = entriesEnemyOf;
    }

    /// <summary>The schedule of a plan; null for an empty plan. Throws <see cref="ArgumentException"/> for a malformed plan.</summary>
    public static PilotSchedule? Create(ItemPool pool, IReadOnlyList<PlannedPilot> plan, IReadOnlyList<IReadOnlyList<string>> enemyGroups)
    {
        if (plan.Count == 0) return null;
        var entries = new Dictionary<string, int>(plan.Count, StringComparer.Ordinal);
        for (int j = 0; j < plan.Count; j++)
        {
            var entry = plan[j];
            if (entry.After < 1 || (j > 0 && entry.After < plan[j - 1].After))
                throw new ArgumentException("The pilot plan must be in order of place, each after at least one scored item.", nameof(plan));
            if (pool.IndexOf(entry.Item) >= 0 || !entries.TryAdd(entry.Item, j))
                throw new ArgumentException($"Pilot item '{entry.Item}' is in the scored bank or planned twice.", nameof(plan));
        }

        var scored = new List<int>[plan.Count];
        foreach (var group in enemyGroups)
        {
            var pilots = group.Select(id => entries.GetValueOrDefault(id, -1)).Where(j => j >= 0).ToArray();
            if (pilots.Length == 0) continue;
            var items = group.Select(pool.IndexOf).Where(i => i >= 0).ToArray();
            foreach (int j in pilots) (scored[j] ??= []).AddRange(items);
        }
        int[][] scoredEnemies = [.. scored.Select(list => list is null ? [] : list.Distinct().ToArray())];

        int[][]? entriesEnemyOf = null;
        if (scoredEnemies.Any(e => e.Length > 0))
        {
            var reverse = new List<int>?[pool.Count];
            for (int j = 0; j < scoredEnemies.Length; j++)
                foreach (int item in scoredEnemies[j]) (reverse[item] ??= []).Add(j);
            entriesEnemyOf = [.. reverse.Select(list => list is null ? [] : list.ToArray())];
        }
        return new PilotSchedule([.. plan], scoredEnemies, entriesEnemyOf);
    }

    /// <summary>The plan, in order of place.</summary>
    public IReadOnlyList<PlannedPilot> Plan => _plan;

    /// <summary>The pilot answers, in order.</summary>
    public IReadOnlyList<PilotAnswer> Answers => _answers;

    /// <summary>Pilot items the caller excluded.</summary>
    public IReadOnlyList<string> Excluded => _excluded;

    /// <summary>The plan entry due after this many scored answers, or −1. Allocation-free.</summary>
    public int Due(int scoredAnswers)
    {
        for (int j = 0; j < _plan.Length; j++)
        {
            if (_done[j]) continue;
            return _plan[j].After <= scoredAnswers ? j : -1;
        }
        return -1;
    }

    /// <summary>The plan entry of a pilot id, or −1.</summary>
    public int EntryOf(string id)
    {
        for (int j = 0; j < _plan.Length; j++)
            if (string.Equals(_plan[j].Item, id, StringComparison.Ordinal)) return j;
        return -1;
    }

    /// <summary>Whether the entry is answered, excluded or skipped.</summary>
    public bool IsDone(int entry) => _done[entry];

    /// <summary>Records the answer to an entry; returns the scored items that are its enemies (to block).</summary>
    public ReadOnlySpan<int> Record(int entry, int score, int after)
    {
        _done[entry] = true;
        _answers.Add(new PilotAnswer(_plan[entry].Item, score, after));
        return _scoredEnemies[entry];
    }

    /// <summary>A scored item was given: pilot items it is an enemy of will not be given.</summary>
    public void ScoredGiven(int item)
    {
        if (_entriesEnemyOf is null) return;
        foreach (int j in _entriesEnemyOf[item]) _done[j] = true;
    }

    /// <summary>Drops an entry not yet answered (e.g. the item was withdrawn).</summary>
    public void Exclude(int entry)
    {
        if (_done[entry]) return;
        _done[entry] = true;
        _excluded.Add(_plan[entry].Item);
    }
}
