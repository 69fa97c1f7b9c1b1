using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.ItemQuality;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.ItemQuality;

public sealed class SumScoreFitTests
{
    private static readonly ItemPool Mixed = new(
    [
        new PoolItem("a", new ItemParameters(1.2, -0.5)),
        new PoolItem("b", new ItemParameters(0.7, 0.3, 0.2)),
        new PoolItem("c", new ItemParameters(1.9, 1.1, 0.1, 0.95)),
        new PoolItem("d", new ItemParameters(1.0, -1.4)),
        new PoolItem("e", new ItemParameters(1.5, 0.0, 0, 0.9)),
    ]);

    [Theory]
    [InlineData(-1.3, -1)]
    [InlineData(0.7, -1)]
    [InlineData(0.7, 2)]
    public void Lord_Wingersky_matches_enumerating_every_pattern(double theta, int skipped)
    {
        // Brute force: sum Π P^x Q^(1−x) over all 2⁵ patterns, by number correct.
        int counted = skipped < 0 ? 5 : 4;
        var expected = new double[counted + 1];
        for (int pattern = 0; pattern < 32; pattern++)
        {
            if (skipped >= 0 && (pattern >> skipped & 1) == 1) continue;
            double probability = 1;
            int score = 0;
            for (int item = 0; item < 5; item++)
            {
                if (item == skipped) continue;
                bool right = (pattern >> item & 1) == 1;
                probability *= right ? Mixed.Probability(item, theta) : 1 - Mixed.Probability(item, theta);
                if (right) score++;
            }
            expected[score] += probability;
        }
        var actual = new double[counted + 1];

        SumScoreDistribution.Compute(Mixed, theta, skipped, actual);

        for (int k = 0; k <= counted; k++) Assert.Equal(expected[k], actual[k], 1e-15);
    }

    [Fact]
    public void Rasch_expected_proportions_equal_the_conditional_closed_form()
    {
        // Under the Rasch model the sum score is sufficient, so P(xᵢ = 1 | score k) = εᵢ·γₖ₋₁⁽⁻ⁱ⁾/γₖ with
        // εⱼ = e^(−bⱼ) and γ the elementary symmetric functions (Fischer, 1974) — free of θ, hence of the
        // prior and grid: the quadrature result must match to rounding.
        double[] b = [-1.5, -0.4, 0.2, 0.9, 1.8, -0.8];
        var pool = new ItemPool([.. b.Select((bj, j) => new PoolItem($"r{j}", new ItemParameters(1, bj)))]);
        static double[] Symmetric(IEnumerable<double> eps)
        {
            var gamma = new List<double> { 1 };
            foreach (double e in eps)
            {
                gamma.Add(0);
                for (int r = gamma.Count - 1; r >= 1; r--) gamma[r] += e * gamma[r - 1];
            }
            return [.. gamma];
        }
        var all = Symmetric(b.Select(bj => Math.Exp(-bj)));

        for (int item = 0; item < b.Length; item++)
        {
            var rest = Symmetric(b.Where((_, j) => j != item).Select(bj => Math.Exp(-bj)));
            var expected = SumScoreFit.ExpectedProportions(pool, item, new QuadratureSpec(61, -6, 6), NormalPrior.Standard);
            for (int k = 1; k < b.Length; k++)
                Assert.Equal(Math.Exp(-b[item]) * rest[k - 1] / all[k], expected[k], 1e-12);
            Assert.Equal(0.0, expected[0]);
            Assert.Equal(1.0, expected[b.Length], 1e-12);
        }
    }

    [Fact]
    public void Simulated_fitting_items_have_S_X2_near_its_degrees_of_freedom_and_a_flat_item_is_rejected()
    {
        // 20 2PL items with known parameters (so no parameter is estimated: m = 0), 3000 persons, item 5
        // answered with a = 0.25 while the bank says a = 1.6. Under the model S-X²/df ≈ 1.
        // Observed with these seeds: mean S-X²/df of the 19 fitting items 1.08 (range 0.63–2.15), 1 of 19
        // with p < 0.01 and 2 with p < 0.05 (as expected by chance); the flat item S-X² = 1422 on 15 df,
        // p ≈ 2e-294. (The flat item also shifts the model's sum-score distribution a little, which is
        // why the fitting items' mean sits slightly above 1.)
        var pool = SimulatedAnswers.Bank(20, 8500, (5, new ItemParameters(1.6, 0)));
        var truth = new SimulatedAnswers.TrueProbability((_, item, theta) =>
            item == 5 ? ResponseModel.Probability(0.25, 0, 0, 1, 1, theta) : pool.Probability(item, theta));
        var data = SimulatedAnswers.Complete(pool, 3000, truth, seed: 8501);
        var options = new ItemQualityOptions { SumScoreFitParameters = 0 };

        var fit = SumScoreFit.Compute(pool, data.Responses, options)!;

        var fitting = fit.Where((_, i) => i != 5).ToArray();
        Assert.InRange(fitting.Average(f => f.ChiSquare / f.DegreesOfFreedom), 0.85, 1.15);
        Assert.True(fitting.Count(f => f.PValue < 0.01) <= 2, "too many fitting items rejected at 1 %");
        Assert.True(fit[5].PValue < 1e-10, $"flat item p = {fit[5].PValue}");
    }

    [Fact]
    public void Sparse_data_has_no_S_X2()
    {
        var sparse = new ResponseSet(2, [[new Response(0, 1)], [new Response(1, 0)]]);

        Assert.Null(SumScoreFit.Compute(SimulatedAnswers.Bank(2, 1), sparse, ItemQualityOptions.Default));
    }

    private static readonly ItemPool ThreeEqualRaschItems = new(
        [new PoolItem("x", new ItemParameters(1, 0)), new PoolItem("y", new ItemParameters(1, 0)), new PoolItem("z", new ItemParameters(1, 0))]);

    private static ResponseSet Patterns(params string[] patterns) =>
        new(3, [.. patterns.Select(p => (IReadOnlyList<Response>)[.. p.Select((ch, i) => new Response(i, ch - '0'))])]);

    [Fact]
    public void Three_equal_Rasch_items_give_the_hand_computed_S_X2()
    {
        // Equal Rasch items: by symmetry Eᵢₖ = k/3 whatever θ's distribution. Patterns 100, 010, 001, 100
        // (score 1) and 110, 101, 110, 011 (score 2): 4 persons each, expected right 4/3 and 8/3, so
        // neither group is pooled. With N = 4 and E(1 − E) = 2/9 in both groups, a group adds 18·(O − E)²:
        // item x: O = 2/4, 3/4 → 18(1/36 + 1/144) = 0.625; y: O = 1/4, 3/4 → 0.25; z: O = 1/4, 2/4 → 0.625.
        // With m = 0, df = 2 and p = e^(−0.625/2) = 0.7316156289466418.
        var fit = SumScoreFit.Compute(ThreeEqualRaschItems, Patterns("100", "010", "001", "100", "110", "101", "110", "011"),
            new ItemQualityOptions { SumScoreFitParameters = 0 })!;

        Assert.Equal(0.625, fit[0].ChiSquare, 1e-12);
        Assert.Equal(0.25, fit[1].ChiSquare, 1e-12);
        Assert.Equal(0.625, fit[2].ChiSquare, 1e-12);
        Assert.All(fit, f => Assert.Equal(2, f.DegreesOfFreedom));
        Assert.Equal(0.7316156289466418, fit[0].PValue!.Value, 1e-13);
    }

    [Fact]
    public void Thin_score_groups_are_pooled_with_their_neighbour()
    {
        // Patterns 100, 010 (score 1: 2 persons, 2/3 expected right on x: under 1, not closed) and 110
        // (score 2): pooled into one group of 3 with 2 right on x against 2/3 + 2/3 = 4/3 expected:
        // S-X² = 3·(2/3 − 4/9)²/(4/9·5/9) = 0.6 on 1 group.
        var fit = SumScoreFit.Compute(ThreeEqualRaschItems, Patterns("100", "010", "110"), new ItemQualityOptions { SumScoreFitParameters = 0 })!;

        Assert.Equal(1, fit[0].Groups);
        Assert.Equal(0.6, fit[0].ChiSquare, 1e-12);
    }
}
