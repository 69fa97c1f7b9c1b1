using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Estimation;

public sealed class EstimatorPropertyTests
{
    private static readonly ItemPool Rasch = Banks.SymmetricRasch(10);

    private static Response[] FirstCorrect(ItemPool pool, int correct, int length) =>
        [.. Enumerable.Range(0, length).Select(i => new Response(i, i < correct ? 1 : 0))];

    [Theory]
    [InlineData(EstimationMethod.Eap)]
    [InlineData(EstimationMethod.Map)]
    [InlineData(EstimationMethod.Mle)]
    [InlineData(EstimationMethod.Wle)]
    public void Estimate_rises_with_the_number_of_correct_answers_on_a_1pl_bank(EstimationMethod method)
    {
        // In the Rasch model the number correct is sufficient and the estimate is monotone in it.
        var options = new EstimationOptions { Method = method };
        double previous = double.NegativeInfinity;
        for (int correct = 0; correct <= 10; correct++)
        {
            var estimate = Estimator.Estimate(Rasch, FirstCorrect(Rasch, correct, 10), options);
            Assert.True(estimate.Theta >= previous, $"{method}: θ({correct} correct) = {estimate.Theta} < {previous}");
            if (correct is > 0 and < 10) Assert.True(estimate.Theta > previous);
            previous = estimate.Theta;
        }
    }

    [Theory]
    [InlineData(EstimationMethod.Eap)]
    [InlineData(EstimationMethod.Map)]
    [InlineData(EstimationMethod.Mle)]
    [InlineData(EstimationMethod.Wle)]
    public void All_correct_and_all_wrong_patterns_give_finite_mirrored_answers(EstimationMethod method)
    {
        var options = new EstimationOptions { Method = method };
        var high = Estimator.Estimate(Rasch, FirstCorrect(Rasch, 10, 10), options);
        var low = Estimator.Estimate(Rasch, FirstCorrect(Rasch, 0, 10), options);
        Assert.True(double.IsFinite(high.Theta) && double.IsFinite(high.Se) && high.Se > 0);
        Assert.True(double.IsFinite(low.Theta) && double.IsFinite(low.Se) && low.Se > 0);
        Assert.InRange(high.Theta, -4, 4);
        // The bank is symmetric around 0, so the two patterns mirror each other.
        Assert.Equal(-high.Theta, low.Theta, 9);
        Assert.Equal(high.Se, low.Se, 9);
    }

    [Fact]
    public void Mle_of_an_all_correct_pattern_is_the_upper_bound_and_all_wrong_the_lower()
    {
        var bounds = new ThetaBounds(-3.5, 2.5);
        Assert.Equal(2.5, MaximumLikelihood.Estimate(Rasch, FirstCorrect(Rasch, 10, 10), bounds).Theta);
        Assert.Equal(-3.5, MaximumLikelihood.Estimate(Rasch, FirstCorrect(Rasch, 0, 10), bounds).Theta);
    }

    [Fact]
    public void Wle_of_an_all_correct_1pl_pattern_is_finite_inside_the_bounds()
    {
        // Warm's correction pulls the all-correct Rasch estimate back from infinity (Warm, 1989).
        var estimate = WeightedLikelihood.Estimate(Rasch, FirstCorrect(Rasch, 10, 10), new ThetaBounds(-6, 6));
        Assert.InRange(estimate.Theta, 2, 5.9);
    }

    [Fact]
    public void Eap_stays_inside_the_grid_for_extreme_patterns()
    {
        var extreme = new ItemPool([.. Enumerable.Range(0, 40).Select(i => new PoolItem($"x{i}", new ItemParameters(3, 5)))]);
        var grid = new QuadratureSpec(33, -4, 4);
        var estimate = ExpectedAPosteriori.Estimate(extreme, FirstCorrect(extreme, 40, 40), grid, NormalPrior.Standard);
        Assert.InRange(estimate.Theta, -4, 4);
        Assert.True(estimate.Se >= 0 && double.IsFinite(estimate.Se));
    }

    [Fact]
    public void Eap_and_map_of_an_empty_pattern_are_the_prior()
    {
        var prior = new NormalPrior(0.5, 1.2);
        var eap = ExpectedAPosteriori.Estimate(Rasch, [], new QuadratureSpec(121, -7.5, 8.5), prior);
        var map = MaximumAPosteriori.Estimate(Rasch, [], prior, new ThetaBounds(-4, 4));
        Assert.Equal(0.5, eap.Theta, 6);
        Assert.Equal(1.2, eap.Se, 3); // the grid truncates the prior's tails slightly
        Assert.Equal(0.5, map.Theta, 9);
        Assert.Equal(1.2, map.Se, 12);
    }

    [Fact]
    public void Eap_by_direct_summation_for_one_correct_answer()
    {
        // Hand-derived: θ̂ = Σ θₖ φ(θₖ) Pₖ / Σ φ(θₖ) Pₖ on 5 nodes −2..2, item a = 1, b = 0.
        double[] nodes = [-2, -1, 0, 1, 2];
        double num = 0, den = 0, second = 0;
        foreach (double t in nodes)
        {
            double w = Math.Exp(-t * t / 2) / (1 + Math.Exp(-t));
            num += t * w; den += w; second += t * t * w;
        }
        double mean = num / den;
        var pool = new ItemPool([new PoolItem("only", new ItemParameters(1, 0))]);
        var estimate = ExpectedAPosteriori.Estimate(pool, [new Response(0, 1)], new QuadratureSpec(5, -2, 2), NormalPrior.Standard);
        Assert.Equal(mean, estimate.Theta, 14);
        Assert.Equal(Math.Sqrt(second / den - mean * mean), estimate.Se, 12);
    }

    [Fact]
    public void Incremental_posterior_equals_the_batch_estimate()
    {
        var pool = Banks.Random3Pl(50, 3);
        var pattern = Enumerable.Range(0, 30).Select(i => new Response(i, i % 3 == 0 ? 0 : 1)).ToArray();
        var posterior = new Posterior(new QuadratureSpec(61, -6, 6), NormalPrior.Standard);
        foreach (var response in pattern) posterior.Update(pool, response);
        var batch = ExpectedAPosteriori.Estimate(pool, pattern, new QuadratureSpec(61, -6, 6), NormalPrior.Standard);
        Assert.Equal(batch.Theta, posterior.Estimate().Theta, 12);
        Assert.Equal(batch.Se, posterior.Estimate().Se, 12);
    }

    [Fact]
    public void Mle_and_wle_refuse_an_empty_pattern()
    {
        Assert.Throws<ArgumentException>(() => MaximumLikelihood.Estimate(Rasch, [], new ThetaBounds(-4, 4)));
        Assert.Throws<ArgumentException>(() => WeightedLikelihood.Estimate(Rasch, [], new ThetaBounds(-4, 4)));
    }
}
