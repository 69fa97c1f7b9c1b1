using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;

namespace EvalNumerique.Engine.Tests.Support;

internal static class Banks
{
    /// <summary>Baker (2001), The Basics of Item Response Theory, ch. 5: b = −1, 0, 1; a = 1.0, 1.2, 0.8.</summary>
    public static ItemPool Baker3 { get; } = new(
    [
        new PoolItem("i1", new ItemParameters(1.0, -1.0)),
        new PoolItem("i2", new ItemParameters(1.2, 0.0)),
        new PoolItem("i3", new ItemParameters(0.8, 1.0)),
    ]);

    /// <summary>A Rasch bank with difficulties symmetric around 0.</summary>
    public static ItemPool SymmetricRasch(int count) => new(
        [.. Enumerable.Range(0, count).Select(i => new PoolItem($"r{i}", new ItemParameters(1, -2 + 4.0 * i / (count - 1))))]);

    /// <summary>
    /// A random 3PL bank like an operational one: a ~ U(0.8, 2.0), b ~ U(−3, 3), c ~ U(0, 0.2),
    /// spread over the given domains in turn.
    /// </summary>
    public static ItemPool Random3Pl(int count, ulong seed, params string[] domains)
    {
        var random = new RandomSource(seed);
        return new ItemPool([.. Enumerable.Range(0, count).Select(i => new PoolItem(
            $"q{i:D4}",
            new ItemParameters(0.8 + 1.2 * random.NextDouble(), -3 + 6 * random.NextDouble(), 0.2 * random.NextDouble()),
            domains.Length == 0 ? null : domains[i % domains.Length]))]);
    }

    public static Response[] Pattern(ItemPool pool, params (string Id, int Score)[] answers) =>
        [.. answers.Select(x => new Response(pool.IndexOf(x.Id), x.Score))];
}
