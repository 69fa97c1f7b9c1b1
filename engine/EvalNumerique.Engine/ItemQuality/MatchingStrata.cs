namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// Builds the 2×2 tables of the Mantel–Haenszel strata for one item. Each answer has a stratum key
/// (the sum score, or ⌊θ̂ / width⌋ for θ̂ bands of the given width anchored at 0); keys are sorted,
/// and adjacent keys are merged from the lowest upward until the stratum holds at least
/// <c>minAnswers</c> answers and at least one of each group; a thin remainder at the top is merged
/// into the stratum below it; <c>minAnswers</c> ≤ 1 keeps every key as its own stratum. Merging only neighbours keeps the strata ordered by ability, so a
/// merged stratum still matches like with like (the same coarsening ETS applies to sparse score
/// levels; Zwick, 2012, p. 15).
/// </summary>
public static class MatchingStrata
{
    /// <summary>The strata for answers given as (key, focal?, right?) triples.</summary>
    public static StratumTable[] Build(IReadOnlyList<(long Key, bool Focal, bool Right)> answers, int minAnswers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var byKey = new SortedDictionary<long, StratumTable>();
        foreach (var (key, focal, right) in answers)
        {
            byKey.TryGetValue(key, out var table);
            byKey[key] = table + new StratumTable(
                !focal && right ? 1 : 0, !focal && !right ? 1 : 0, focal && right ? 1 : 0, focal && !right ? 1 : 0);
        }

        if (minAnswers <= 1) return [.. byKey.Values];

        var strata = new List<StratumTable>();
        var current = default(StratumTable);
        foreach (var table in byKey.Values)
        {
            current += table;
            if (current.Total >= minAnswers && current.Reference > 0 && current.Focal > 0)
            {
                strata.Add(current);
                current = default;
            }
        }
        if (current.Total > 0)
        {
            if (strata.Count == 0) strata.Add(current);
            else strata[^1] += current;
        }
        return [.. strata];
    }

    /// <summary>The θ̂-band key of an estimate: ⌊θ̂ / width⌋.</summary>
    public static long ThetaBand(double theta, double width) => (long)Math.Floor(theta / width);
}
