using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;

namespace EvalNumerique.Engine.Selection;

/// <summary>
/// The progressive method (Revuelta &amp; Ponsoda, 1998; as in catR's <c>nextItem(…, "progressive")</c>):
/// each available item gets the weight Wᵢ = (1 − s)·Rᵢ + s·Iᵢ(θ̂), with Rᵢ ~ U(0, max Iⱼ(θ̂)) and
/// s = Σₜ₌₁^q t^AP / Σₜ₌₁^(Q−1) t^AP after q of Q items (s = 0 for the first item), and the item of
/// largest weight is chosen. Early items are nearly random, the last ones nearly MFI.
/// </summary>
public static class ProgressiveExposure
{
    /// <summary>The available item of largest progressive weight, or −1 when none is left.</summary>
    public static int Select(ItemPool pool, double theta, ReadOnlySpan<bool> blocked, int domain,
        int administered, int testLength, double acceleration, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(random);
        double maxInformation = 0;
        bool any = false;
        for (int i = 0; i < pool.Count; i++)
        {
            if (blocked[i] || (domain >= 0 && pool.DomainOf(i) != domain)) continue;
            any = true;
            maxInformation = Math.Max(maxInformation, pool.Information(i, theta));
        }
        if (!any) return -1;

        double s = Progress(administered, testLength, acceleration);
        int best = -1;
        double bestWeight = double.NegativeInfinity;
        for (int i = 0; i < pool.Count; i++)
        {
            if (blocked[i] || (domain >= 0 && pool.DomainOf(i) != domain)) continue;
            double random01 = random.NextDouble();
            double weight = (1 - s) * random01 * maxInformation + s * pool.Information(i, theta);
            if (weight > bestWeight) { best = i; bestWeight = weight; }
        }
        return best;
    }

    /// <summary>s = Σₜ₌₁^q t^AP / Σₜ₌₁^(Q−1) t^AP, clamped to [0, 1].</summary>
    public static double Progress(int administered, int testLength, double acceleration)
    {
        if (administered <= 0) return 0;
        if (testLength <= 1 || administered >= testLength - 1) return 1;
        double done = 0, whole = 0;
        for (int t = 1; t < testLength; t++)
        {
            double term = Math.Pow(t, acceleration);
            whole += term;
            if (t <= administered) done += term;
        }
        return Math.Clamp(done / whole, 0, 1);
    }
}
