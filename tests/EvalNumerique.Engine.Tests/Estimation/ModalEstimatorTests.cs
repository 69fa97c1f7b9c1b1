using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Estimation;

/// <summary>
/// <see cref="ModalEstimator"/> (incremental scan, safeguarded Newton) against
/// <see cref="ReferenceMaximiser"/> (the engine's previous from-scratch scan and bisection).
/// Tolerances: θ 1e-9 absolute — both refine the same bracket to 1e-12, Newton to the root and
/// bisection to within 1e-12 of it; SE 1e-9 relative — SE = 1/√I(θ̂) can be astronomically large
/// at a low-information mode, where a 1e-13 move of θ̂ changes it by 1e-13 relatively.
/// </summary>
public sealed class ModalEstimatorTests
{
    private static readonly ThetaBounds[] BoundsToTry = [new(-4, 4), new(-6, 6), new(-3, 5), new(-50, 40), new(-1000, 1000)];

    private static readonly NormalPrior[] PriorsToTry = [NormalPrior.Standard, new(0.5, 2), new(-1, 0.5)];

    [Theory]
    [InlineData(EstimationMethod.Mle, 20)]
    [InlineData(EstimationMethod.Map, 5)] // the prior smooths most 3PL likelihoods into one mode
    [InlineData(EstimationMethod.Wle, 20)]
    public void Agrees_with_the_from_scratch_bounded_maximiser_on_random_patterns(EstimationMethod method, int minimumMultimodal)
    {
        var random = new RandomSource(20261124);
        int multimodal = 0, atBound = 0, cases = 0;
        foreach (var pool in TestBanks())
        {
            for (int trial = 0; trial < 150; trial++)
            {
                var pattern = RandomPattern(pool, random);
                var bounds = BoundsToTry[random.NextInt(BoundsToTry.Length)];
                var prior = PriorsToTry[random.NextInt(PriorsToTry.Length)];
                var expected = Reference(pool, pattern, method, bounds, prior);
                var actual = Estimate(pool, pattern, method, bounds, prior);

                string label = $"{method} case {cases}: {pattern.Length} answers, {pattern.Count(r => r.IsCorrect)} correct, bounds [{bounds.Min}, {bounds.Max}]";
                Assert.True(Math.Abs(expected.Theta - actual.Theta) <= 1e-9, $"{label}: θ {actual.Theta} vs reference {expected.Theta}");
                Assert.True(SameSe(expected.Se, actual.Se), $"{label}: SE {actual.Se} vs reference {expected.Se}");
                if (LocalMaxima(pool, pattern, method, bounds, prior) > 1) multimodal++;
                if (actual.Theta == bounds.Min || actual.Theta == bounds.Max) atBound++;
                cases++;
            }
        }
        // The random patterns must exercise what the scan is there for.
        Assert.True(multimodal >= minimumMultimodal, $"only {multimodal} multimodal cases among {cases}");
        Assert.True(atBound >= 20 || method == EstimationMethod.Map, $"only {atBound} cases at a bound among {cases}");
    }

    [Theory]
    [InlineData(EstimationMethod.Mle)]
    [InlineData(EstimationMethod.Map)]
    [InlineData(EstimationMethod.Wle)]
    public void All_correct_and_all_wrong_3pl_patterns_agree_with_the_reference(EstimationMethod method)
    {
        var pool = Banks.Random3Pl(60, 17);
        var bounds = new ThetaBounds(-4, 4);
        foreach (int score in new[] { 0, 1 })
        {
            for (int length = 1; length <= 60; length += 7)
            {
                Response[] pattern = [.. Enumerable.Range(0, length).Select(i => new Response(i, score))];
                var expected = Reference(pool, pattern, method, bounds, NormalPrior.Standard);
                var actual = Estimate(pool, pattern, method, bounds, NormalPrior.Standard);
                Assert.Equal(expected.Theta, actual.Theta, 9);
                Assert.True(SameSe(expected.Se, actual.Se), $"SE {actual.Se} vs reference {expected.Se}");
            }
        }
    }

    [Fact]
    public void Finds_the_global_maximum_at_the_bound_when_a_lower_interior_mode_exists()
    {
        // The golden case mle-3PL-D1.702-global-max-at-lower-bound-with-interior-local-max
        // (Golden/estimates.json, python-independent): log L(−4) = −4.6493 beats the interior local
        // maximum at −0.528 (log L = −4.7049). A Newton search from 0 alone would stop at −0.528.
        var pool = new ItemPool(
        [
            new PoolItem("i1", new ItemParameters(1.1, -1.0, 0.2)),
            new PoolItem("i2", new ItemParameters(1.6, -0.3, 0.15)),
            new PoolItem("i3", new ItemParameters(0.9, 0.2, 0.25)),
            new PoolItem("i4", new ItemParameters(1.8, 0.8, 0.2)),
            new PoolItem("i5", new ItemParameters(1.3, 1.5, 0.1)),
            new PoolItem("i6", new ItemParameters(0.7, -1.8, 0.22)),
        ], scaling: 1.702);
        Response[] pattern = [new(4, 1), new(0, 0), new(3, 0), new(1, 1)];
        var actual = MaximumLikelihood.Estimate(pool, pattern, new ThetaBounds(-4, 4));
        Assert.Equal(-4.0, actual.Theta);
        Assert.Equal(74.34904369701995, actual.Se, 6);
        Assert.True(LocalMaxima(pool, pattern, EstimationMethod.Mle, new ThetaBounds(-4, 4), NormalPrior.Standard) > 1);
    }

    [Theory]
    [InlineData(EstimationMethod.Mle)]
    [InlineData(EstimationMethod.Map)]
    [InlineData(EstimationMethod.Wle)]
    public void Updating_answer_by_answer_gives_exactly_the_batch_estimate(EstimationMethod method)
    {
        // A session resumed from its answers must land on the very same numbers.
        var pool = Banks.Random3Pl(80, 23);
        var random = new RandomSource(5);
        var bounds = new ThetaBounds(-4, 4);
        var estimator = new ModalEstimator(pool, method, bounds, NormalPrior.Standard);
        var given = new List<Response>();
        for (int i = 0; i < 40; i++)
        {
            var response = new Response(i, random.NextDouble() < pool.Probability(i, 0.7) ? 1 : 0);
            estimator.Update(response);
            given.Add(response);
            Assert.Equal(Estimate(pool, [.. given], method, bounds, NormalPrior.Standard), estimator.Estimate());
        }

        estimator.Reset();
        foreach (var response in given) estimator.Update(response);
        Assert.Equal(Estimate(pool, [.. given], method, bounds, NormalPrior.Standard), estimator.Estimate());
    }

    [Fact]
    public void Mle_and_wle_refuse_to_estimate_before_any_answer_and_map_gives_the_prior()
    {
        var pool = Banks.Random3Pl(5, 1);
        Assert.Throws<InvalidOperationException>(() => new ModalEstimator(pool, EstimationMethod.Mle, new(-4, 4), NormalPrior.Standard).Estimate());
        Assert.Throws<InvalidOperationException>(() => new ModalEstimator(pool, EstimationMethod.Wle, new(-4, 4), NormalPrior.Standard).Estimate());
        var map = new ModalEstimator(pool, EstimationMethod.Map, new(-4, 4), new NormalPrior(0.3, 0.8)).Estimate();
        Assert.Equal(0.3, map.Theta, 12);
        Assert.Equal(0.8, map.Se, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ModalEstimator(pool, EstimationMethod.Eap, new(-4, 4), NormalPrior.Standard));
    }

    /// <summary>Equal to 1e-9 relatively; an infinite SE (no information at a far bound) must stay infinite.</summary>
    private static bool SameSe(double expected, double actual) =>
        double.IsFinite(expected) ? Math.Abs(expected - actual) <= 1e-9 * expected : expected == actual;

    private static IEnumerable<ItemPool> TestBanks()
    {
        var random = new RandomSource(8);
        // 2PL (concave log-likelihood), operational 3PL, guessing-heavy 3PL at D = 1.702, and 4PL.
        yield return new ItemPool([.. Enumerable.Range(0, 40).Select(i => new PoolItem($"p{i}", new ItemParameters(0.5 + 2 * random.NextDouble(), -3 + 6 * random.NextDouble())))]);
        yield return Banks.Random3Pl(40, 9);
        yield return new ItemPool([.. Enumerable.Range(0, 40).Select(i => new PoolItem($"g{i}",
            new ItemParameters(1 + 2 * random.NextDouble(), -3 + 6 * random.NextDouble(), 0.15 + 0.2 * random.NextDouble())))], scaling: 1.702);
        yield return new ItemPool([.. Enumerable.Range(0, 40).Select(i => new PoolItem($"f{i}",
            new ItemParameters(0.8 + 1.5 * random.NextDouble(), -3 + 6 * random.NextDouble(), 0.25 * random.NextDouble(), 0.85 + 0.15 * random.NextDouble())))]);
    }

    /// <summary>Random items; all correct, all wrong, model-consistent or aberrant (right on hard items, wrong on easy ones).</summary>
    private static Response[] RandomPattern(ItemPool pool, RandomSource random)
    {
        int[] lengths = [1, 2, 3, 5, 8, 13, 20, 30];
        int length = lengths[random.NextInt(lengths.Length)];
        var items = Enumerable.Range(0, pool.Count).OrderBy(_ => random.NextDouble()).Take(length).ToArray();
        double theta = -2 + 4 * random.NextDouble();
        int kind = random.NextInt(5);
        return [.. items.Select(i => new Response(i, kind switch
        {
            0 => 1,
            1 => 0,
            2 => random.NextDouble() < 1 - pool.Probability(i, theta) ? 1 : 0,
            _ => random.NextDouble() < pool.Probability(i, theta) ? 1 : 0,
        }))];
    }

    private static ThetaEstimate Estimate(ItemPool pool, Response[] pattern, EstimationMethod method, ThetaBounds bounds, NormalPrior prior) => method switch
    {
        EstimationMethod.Mle => MaximumLikelihood.Estimate(pool, pattern, bounds),
        EstimationMethod.Map => MaximumAPosteriori.Estimate(pool, pattern, prior, bounds),
        _ => WeightedLikelihood.Estimate(pool, pattern, bounds),
    };

    private static ThetaEstimate Reference(ItemPool pool, Response[] pattern, EstimationMethod method, ThetaBounds bounds, NormalPrior prior)
    {
        var (derivative, objective) = Equation(pool, pattern, method, prior);
        double theta = ReferenceMaximiser.Maximise(derivative, objective, bounds.Min, bounds.Max);
        double information = PatternFunctions.Information(pool, pattern, theta);
        if (method == EstimationMethod.Map) information += 1 / (prior.Sd * prior.Sd);
        return new ThetaEstimate(theta, 1 / Math.Sqrt(information));
    }

    private static (Func<double, double> Derivative, Func<double, double> Objective) Equation(
        ItemPool pool, Response[] pattern, EstimationMethod method, NormalPrior prior)
    {
        double precision = 1 / (prior.Sd * prior.Sd);
        return method switch
        {
            EstimationMethod.Mle => (t => PatternFunctions.Score(pool, pattern, t), t => PatternFunctions.LogLikelihood(pool, pattern, t)),
            EstimationMethod.Map => (
                t => PatternFunctions.Score(pool, pattern, t) - (t - prior.Mean) * precision,
                t => PatternFunctions.LogLikelihood(pool, pattern, t) - 0.5 * (t - prior.Mean) * (t - prior.Mean) * precision),
            _ => (
                t =>
                {
                    double information = PatternFunctions.Information(pool, pattern, t);
                    double correction = information > 0 ? PatternFunctions.WarmJ(pool, pattern, t) / (2 * information) : 0;
                    return PatternFunctions.Score(pool, pattern, t) + correction;
                },
                t => PatternFunctions.LogLikelihood(pool, pattern, t) + 0.5 * Math.Log(PatternFunctions.Information(pool, pattern, t))),
        };
    }

    /// <summary>Candidates of the scan: interior + → − changes of the derivative, and ends it points out of.</summary>
    private static int LocalMaxima(ItemPool pool, Response[] pattern, EstimationMethod method, ThetaBounds bounds, NormalPrior prior)
    {
        var (derivative, _) = Equation(pool, pattern, method, prior);
        int steps = ReferenceMaximiser.ScanSteps, count = 0;
        double step = (bounds.Max - bounds.Min) / steps;
        double left = derivative(bounds.Min);
        if (left <= 0) count++;
        for (int i = 1; i <= steps; i++)
        {
            double right = derivative(i == steps ? bounds.Max : bounds.Min + i * step);
            if (left > 0 && right <= 0) count++;
            left = right;
        }
        if (left >= 0) count++;
        return count;
    }
}
