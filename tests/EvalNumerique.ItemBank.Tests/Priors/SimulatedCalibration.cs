using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Priors;

namespace EvalNumerique.ItemBank.Tests.Priors;

/// <summary>
/// Marks every item of a bank as calibrated with "true" parameters drawn from a known function of its features,
/// standing in for the accepted MML-EM calibrations the real bank does not have yet.
/// </summary>
internal static class SimulatedCalibration
{
    /// <summary>
    /// The items with <c>calibrated: true</c>, b = b_rule(level) + <paramref name="difficultyShift"/>(features) + N(0, <paramref name="difficultyNoise"/>²)
    /// and a = a_rule(type) · exp(<paramref name="logDiscriminationShift"/>(features) + N(0, <paramref name="logDiscriminationNoise"/>²)).
    /// </summary>
    public static IReadOnlyList<Item> Calibrate(
        IEnumerable<Item> items,
        int seed,
        Func<ItemFeatures, double> difficultyShift,
        double difficultyNoise,
        Func<ItemFeatures, double> logDiscriminationShift,
        double logDiscriminationNoise)
    {
        var random = new Random(seed);
        return [.. items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(item =>
        {
            var features = ItemFeatures.From(item);
            var b = PriorParameters.Difficulty(item.Level) + difficultyShift(features) + difficultyNoise * Normal(random);
            var a = PriorParameters.Discrimination(item.Type) * Math.Exp(logDiscriminationShift(features) + logDiscriminationNoise * Normal(random));
            return item with { Irt = item.Irt with { A = a, B = b, Calibrated = true } };
        })];
    }

    /// <summary>
    /// Difficulty driven by features (the example): b = b_rule + 0.4·simulation + 0.02·(stem words − 30)
    /// − 0.01·(readability − 60) + N(0, 0.3²); discrimination ln a = ln a_rule + 0.015·(audio words − 40) + N(0, 0.15²).
    /// </summary>
    public static IReadOnlyList<Item> FeatureDriven(IEnumerable<Item> items, int seed) => Calibrate(items, seed,
        f => 0.4 * (f.IsSimulation ? 1 : 0) + 0.02 * (f.StemWords - 30) - 0.01 * (f.Readability - 60), 0.3,
        f => 0.015 * (f.AudioWords - 40), 0.15);

    /// <summary>The rules plus pure noise: b = b_rule + N(0, 0.3²), ln a = ln a_rule + N(0, 0.15²).</summary>
    public static IReadOnlyList<Item> RulePlusNoise(IEnumerable<Item> items, int seed) =>
        Calibrate(items, seed, _ => 0, 0.3, _ => 0, 0.15);

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
