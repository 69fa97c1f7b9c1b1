using EvalNumerique.Engine.ItemQuality;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Sessions;

namespace EvalNumerique.Engine.Tests.ItemQuality;

/// <summary>
/// Simulated answer data for the item-quality tests. Person j has true θ ~ N(0, 1) from its own
/// seeded stream and is focal when j is odd, so both groups have the same ability distribution.
/// Answers follow <c>truth(person is focal, item, θ)</c>, which may differ from the bank's
/// parameters for the items under study (a biased or misfitting item).
/// </summary>
internal static class SimulatedAnswers
{
    public delegate double TrueProbability(bool focal, int item, double theta);

    public sealed record Data(ResponseSet Responses, double[] TrueThetas, DifGrouping Grouping);

    /// <summary>The bank's own model for everyone.</summary>
    public static TrueProbability Model(ItemPool pool) => (_, item, theta) => pool.Probability(item, theta);

    /// <summary>The bank's model, except that <paramref name="biasedItem"/> is <paramref name="shift"/> logits harder for the focal group.</summary>
    public static TrueProbability Biased(ItemPool pool, int biasedItem, double shift) => (focal, item, theta) =>
        focal && item == biasedItem
            ? ResponseModel.Probability(pool.A[item], pool.B[item] + shift, pool.C[item], pool.D[item], pool.Scaling, theta)
            : pool.Probability(item, theta);

    /// <summary>Everyone answers every item (a fixed form).</summary>
    public static Data Complete(ItemPool pool, int persons, TrueProbability truth, ulong seed)
    {
        var thetas = new double[persons];
        var answers = new IReadOnlyList<Response>[persons];
        for (int j = 0; j < persons; j++)
        {
            var random = new RandomSource(RandomSource.Derive(seed, (ulong)j));
            thetas[j] = random.NextStandardNormal();
            var row = new Response[pool.Count];
            for (int item = 0; item < pool.Count; item++)
                row[item] = new Response(item, random.NextDouble() < truth(IsFocal(j), item, thetas[j]) ? 1 : 0);
            answers[j] = row;
        }
        return new Data(new ResponseSet(pool.Count, answers), thetas, Grouping("French first language", persons));
    }

    /// <summary>Each person takes an adaptive check on the bank (items chosen from the bank's parameters).</summary>
    public static Data Adaptive(ItemPool pool, int persons, TrueProbability truth, CatOptions options, ulong seed)
    {
        var thetas = new double[persons];
        var answers = new IReadOnlyList<Response>[persons];
        for (int j = 0; j < persons; j++)
        {
            var random = new RandomSource(RandomSource.Derive(seed, (ulong)j));
            thetas[j] = random.NextStandardNormal();
            var session = new CatSession(pool, options, RandomSource.Derive(seed ^ 0x5EED, (ulong)j));
            for (int item = session.NextItem(); item >= 0; item = session.NextItem())
                session.Answer(item, random.NextDouble() < truth(IsFocal(j), item, thetas[j]) ? 1 : 0);
            answers[j] = [.. session.Responses];
        }
        return new Data(new ResponseSet(pool.Count, answers), thetas, Grouping("French first language", persons));
    }

    public static bool IsFocal(int person) => person % 2 == 1;

    /// <summary>Reference "yes" for even persons, focal "no" for odd ones.</summary>
    public static DifGrouping Grouping(string name, int persons) =>
        new(name, "yes", "no", [.. Enumerable.Range(0, persons).Select(j => IsFocal(j) ? "no" : "yes")]);

    /// <summary>A grouping unrelated to the answers: labels drawn at random, with some persons in neither group.</summary>
    public static DifGrouping RandomGrouping(string name, string reference, string focal, int persons, ulong seed)
    {
        var random = new RandomSource(seed);
        return new(name, reference, focal, [.. Enumerable.Range(0, persons).Select(_ => random.NextDouble() switch
        {
            < 0.45 => reference,
            < 0.9 => focal,
            _ => (string?)"other",
        })]);
    }

    /// <summary>A 2PL bank with a ~ U(0.8, 2.0) and b ~ U(−2.5, 2.5), except the given items whose parameters are set.</summary>
    public static ItemPool Bank(int count, ulong seed, params (int Item, ItemParameters Parameters)[] fixedItems)
    {
        var random = new RandomSource(seed);
        var items = Enumerable.Range(0, count).Select(i => new PoolItem(
            $"item{i:D3}", new ItemParameters(0.8 + 1.2 * random.NextDouble(), -2.5 + 5.0 * random.NextDouble()))).ToArray();
        foreach (var (item, parameters) in fixedItems) items[item] = items[item] with { Parameters = parameters };
        return new ItemPool(items);
    }
}
