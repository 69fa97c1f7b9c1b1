using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;

namespace EvalNumerique.Benchmarks;

/// <summary>The banks the suites run on: random 3PL items like an operational bank, from a fixed seed.</summary>
internal static class BenchmarkBanks
{
    /// <summary>a ~ U(0.8, 2), b ~ U(−3, 3), c ~ U(0, 0.2), d = 1, D = 1 (as the engine tests' Random3Pl).</summary>
    public static ItemPool Random3Pl(int count, ulong seed = 1)
    {
        var random = new RandomSource(seed);
        return new ItemPool([.. Enumerable.Range(0, count).Select(i => new PoolItem(
            $"q{i}", new ItemParameters(0.8 + 1.2 * random.NextDouble(), -3 + 6 * random.NextDouble(), 0.2 * random.NextDouble())))]);
    }

    /// <summary>Whether a simulee of ability θ answers the item right, given its pre-drawn uniform.</summary>
    public static int Score(ItemPool pool, int item, double theta, double uniform) => uniform < pool.Probability(item, theta) ? 1 : 0;
}
