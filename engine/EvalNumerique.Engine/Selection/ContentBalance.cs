namespace EvalNumerique.Engine.Selection;

/// <summary>
/// Content balancing by the constrained CAT of Kingsbury &amp; Zara (1989): the next item comes from
/// the domain whose administered share lags most behind its target share, among domains that
/// still have an available item.
/// </summary>
public static class ContentBalance
{
    /// <summary>
    /// The domain index to draw from next, or −1 when no target applies (any domain).
    /// </summary>
    /// <param name="targets">Target share per domain index (not necessarily normalised); 0 for untargeted domains.</param>
    /// <param name="administeredPerDomain">Items given so far per domain index.</param>
    /// <param name="availablePerDomain">Items that may still be chosen, per domain index.</param>
    public static int ChooseDomain(ReadOnlySpan<double> targets, ReadOnlySpan<int> administeredPerDomain, ReadOnlySpan<int> availablePerDomain)
    {
        double targetSum = 0;
        int administered = 0;
        for (int g = 0; g < targets.Length; g++) { targetSum += targets[g]; administered += administeredPerDomain[g]; }
        if (targetSum <= 0) return -1;

        int best = -1;
        double bestGap = double.NegativeInfinity;
        for (int g = 0; g < targets.Length; g++)
        {
            if (targets[g] <= 0 || availablePerDomain[g] == 0) continue;
            double share = administered == 0 ? 0 : (double)administeredPerDomain[g] / administered;
            double gap = targets[g] / targetSum - share;
            if (gap > bestGap) { best = g; bestGap = gap; }
        }
        return best;
    }
}
