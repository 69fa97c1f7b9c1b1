using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Stopping;

namespace EvalNumerique.Engine.Sessions;

/// <summary>
/// Chooses a session's pilot items and their places (see <see cref="PilotOptions"/>). All draws come
/// from <see cref="RandomSource.Derive"/>(seed, <see cref="Stream"/>), not from the session's own
/// generator, so that seeding pilots leaves the scored items of the check unchanged.
/// </summary>
internal static class PilotPlanner
{
    /// <summary>The random stream of the pilot plan ("PILOT" in ASCII).</summary>
    public const ulong Stream = 0x50494C4F54;

    /// <summary>
    /// The plan, in order of place: items fewest answers first (ties in random order), skipping any
    /// enemy of an item already chosen, at most <see cref="PilotOptions.PerCheck"/>; then P distinct
    /// places drawn uniformly among 2 … L + P − 1 (L: <see cref="GuaranteedLength"/>) and given to
    /// the chosen items in random order. Empty when piloting is off or L &lt; 2.
    /// </summary>
    public static PlannedPilot[] Plan(PilotOptions pilots, StoppingRule stopping, IReadOnlyList<IReadOnlyList<string>> enemyGroups,
        ulong seed, IReadOnlyDictionary<string, int>? answerCounts)
    {
        int length = GuaranteedLength(stopping);
        if (pilots.PerCheck == 0 || pilots.Items.Count == 0 || length < 2) return [];
        var random = new RandomSource(RandomSource.Derive(seed, Stream));

        // Preference order: a uniform shuffle, then a stable sort by answers so far.
        int n = pilots.Items.Count;
        int[] order = [.. Enumerable.Range(0, n)];
        Shuffle(order, random);
        order = [.. order.OrderBy(i => answerCounts?.GetValueOrDefault(pilots.Items[i]) ?? 0)];

        var enemies = PilotEnemies(pilots.Items, enemyGroups);
        var chosen = new List<int>(pilots.PerCheck);
        foreach (int i in order)
        {
            if (chosen.Count == pilots.PerCheck) break;
            if (enemies is not null && chosen.Exists(c => enemies.Contains(Pair(c, i)))) continue;
            chosen.Add(i);
        }
        int[] items = [.. chosen];
        Shuffle(items, random); // the least answered item must not always come first

        int p = items.Length;
        int[] places = [.. Enumerable.Range(2, length + p - 2)];
        for (int k = 0; k < p; k++) // partial Fisher–Yates: the first p entries are a uniform p-subset
        {
            int other = k + random.NextInt(places.Length - k);
            (places[k], places[other]) = (places[other], places[k]);
        }
        Array.Sort(places, 0, p);
        var plan = new PlannedPilot[p];
        for (int k = 0; k < p; k++) plan[k] = new PlannedPilot(pilots.Items[items[k]], places[k] - 1 - k);
        return plan;
    }

    /// <summary>
    /// Scored items every check gives unless the bank runs out: the maximum length for a fixed-length
    /// rule (no SE target, no classification), else the minimum length.
    /// </summary>
    public static int GuaranteedLength(StoppingRule stopping) =>
        stopping.SeTarget is null && stopping.Classification is null ? stopping.MaxLength : stopping.MinLength;

    private static void Shuffle(int[] values, RandomSource random)
    {
        for (int k = values.Length - 1; k > 0; k--)
        {
            int other = random.NextInt(k + 1);
            (values[k], values[other]) = (values[other], values[k]);
        }
    }

    private static HashSet<long>? PilotEnemies(IReadOnlyList<string> items, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (groups.Count == 0) return null;
        var index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++) index[items[i]] = i;
        var pairs = new HashSet<long>();
        foreach (var group in groups)
        {
            var members = group.Select(id => index.GetValueOrDefault(id, -1)).Where(i => i >= 0).Distinct().ToArray();
            foreach (int x in members)
                foreach (int y in members)
                    if (x != y) pairs.Add(Pair(x, y));
        }
        return pairs;
    }

    private static long Pair(int x, int y) => ((long)Math.Min(x, y) << 32) | (uint)Math.Max(x, y);
}
