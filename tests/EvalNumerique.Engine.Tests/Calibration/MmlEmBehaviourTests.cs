using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Calibration;

public sealed class MmlEmBehaviourTests
{
    private static readonly ItemPool Pool = Recovery.TrueItems(12, ItemModel.TwoPL, seed: 31);
    private static readonly ResponseMatrix Data = ResponseSimulation.Complete(Pool, Recovery.Thetas(800, seed: 32), seed: 33);

    [Fact]
    public void Two_runs_give_bit_identical_results()
    {
        var first = MmlEm.Calibrate(Recovery.Free(Pool, ItemModel.ThreePL), Data);
        var second = MmlEm.Calibrate(Recovery.Free(Pool, ItemModel.ThreePL), Data);
        Assert.Equal(first.Cycles, second.Cycles);
        Assert.Equal(first.LogLikelihoodByCycle, second.LogLikelihoodByCycle);
        for (int i = 0; i < Pool.Count; i++)
        {
            Assert.Equal(first.Items[i].Parameters, second.Items[i].Parameters);
            Assert.Equal(first.Items[i].SeA, second.Items[i].SeA);
            Assert.Equal(first.Items[i].SeB, second.Items[i].SeB);
            Assert.Equal(first.Items[i].SeC, second.Items[i].SeC);
        }
    }

    [Fact]
    public void Without_priors_em_never_lowers_the_marginal_likelihood()
    {
        // The EM property (Dempster, Laird & Rubin, 1977): each cycle's M-step raises the expected
        // complete-data log-likelihood, hence the marginal one. Tolerance: 1e-9 of its size, for rounding.
        var result = MmlEm.Calibrate(Recovery.Free(Pool, ItemModel.TwoPL), Data);
        var trace = result.LogLikelihoodByCycle;
        for (int cycle = 1; cycle < trace.Count; cycle++)
            Assert.True(trace[cycle] >= trace[cycle - 1] - 1e-9 * Math.Abs(trace[cycle - 1]), $"cycle {cycle}: {trace[cycle]} < {trace[cycle - 1]}");
        Assert.True(result.LogLikelihood >= trace[^1] - 1e-9 * Math.Abs(trace[^1]));
    }

    [Fact]
    public void Anchors_come_back_exactly_as_given()
    {
        var items = Recovery.Free(Pool, ItemModel.TwoPL);
        for (int i = 0; i < 6; i++) items[i] = items[i] with { Anchor = Pool[i] };
        var result = MmlEm.Calibrate(items, Data);
        for (int i = 0; i < 6; i++)
        {
            Assert.Equal(Pool[i], result.Items[i].Parameters);
            Assert.True(result.Items[i].IsAnchor);
            Assert.Null(result.Items[i].SeB);
        }
        Assert.All(result.Items.Skip(6), item => Assert.NotNull(item.SeB));
    }

    [Fact]
    public void All_correct_all_wrong_and_unanswered_items_stay_finite_and_say_why()
    {
        // Items 0..3 real; item 4 everyone gets right, item 5 everyone gets wrong, item 6 nobody sees.
        var persons = new List<IReadOnlyList<Response>>();
        for (int j = 0; j < Data.PersonCount; j++)
        {
            var answers = new List<Response>();
            for (int at = Data.Start[j]; at < Data.Start[j + 1]; at++)
                if (Data.Items[at] < 4) answers.Add(new Response(Data.Items[at], Data.Scores[at]));
            answers.Add(new Response(4, 1));
            answers.Add(new Response(5, 0));
            persons.Add(answers);
        }
        var data = new ResponseMatrix(7, persons);
        var items = Enumerable.Range(0, 7).Select(i => new CalibrationItem($"d{i}", ItemModel.ThreePL)).ToArray();
        var result = MmlEm.Calibrate(items, data);

        Assert.All(result.Items, item =>
        {
            Assert.True(double.IsFinite(item.Parameters.A) && double.IsFinite(item.Parameters.B) && double.IsFinite(item.Parameters.C));
            Assert.True(item.SeA is null || double.IsFinite(item.SeA.Value));
        });
        Assert.Contains(result.Items[4].Warnings, w => w.Contains("every answer is correct", StringComparison.Ordinal));
        Assert.Contains(result.Items[5].Warnings, w => w.Contains("every answer is wrong", StringComparison.Ordinal));
        Assert.Contains(result.Items[6].Warnings, w => w.Contains("no answers", StringComparison.Ordinal));
        Assert.Null(result.Items[6].SeB);
        Assert.True(double.IsFinite(result.LogLikelihood));
    }

    [Fact]
    public void A_difficulty_prior_keeps_an_all_correct_item_off_the_bound()
    {
        // Without a prior the likelihood of an all-correct item rises as b → −∞, so b stops at −6; with
        // BILOG-MG's N(0, 2) prior the posterior mode is finite and inside the range.
        var persons = Enumerable.Range(0, 300).Select(j => (IReadOnlyList<Response>)[new Response(0, j % 2), new Response(1, 1), new Response(2, j % 3 == 0 ? 0 : 1)]).ToList();
        var data = new ResponseMatrix(3, persons);
        var items = Enumerable.Range(0, 3).Select(i => new CalibrationItem($"p{i}", ItemModel.TwoPL)).ToArray();
        var plain = MmlEm.Calibrate(items, data);
        var withPrior = MmlEm.Calibrate(items, data, new CalibrationOptions { DifficultyPrior = new(0, 2), SlopePrior = LogNormalPrior.Default });
        Assert.Equal(-6, plain.Items[1].Parameters.B, 1e-6);
        Assert.InRange(withPrior.Items[1].Parameters.B, -5.9, -0.5);
    }

    [Fact]
    public void Estimating_the_latent_distribution_needs_an_anchor()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            MmlEm.Calibrate(Recovery.Free(Pool, ItemModel.TwoPL), Data, new CalibrationOptions { EstimateLatentDistribution = true }));
        Assert.Contains("anchor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_and_responses_must_match()
    {
        Assert.Throws<ArgumentException>(() => MmlEm.Calibrate(Recovery.Free(Pool, ItemModel.TwoPL).Take(5).ToArray(), Data));
        Assert.Throws<ArgumentException>(() => new ResponseMatrix(2, [[new Response(0, 1), new Response(0, 0)]]));
        Assert.Throws<ArgumentException>(() => new ResponseMatrix(2, [[new Response(1, 2)]]));
        Assert.Throws<ArgumentException>(() => new ResponseMatrix(2, [[new Response(2, 1)]]));
    }

    [Fact]
    public void A_run_stopped_early_says_it_did_not_converge()
    {
        var result = MmlEm.Calibrate(Recovery.Free(Pool, ItemModel.TwoPL), Data, new CalibrationOptions { MaxCycles = 3 });
        Assert.False(result.Converged);
        Assert.Equal(3, result.Cycles);
        Assert.Equal(3, result.LogLikelihoodByCycle.Count);
        Assert.Contains(result.Warnings, w => w.Contains("did not converge", StringComparison.Ordinal));
    }
}
