using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.ItemQuality;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.ItemQuality;

public sealed class ItemQualityReportTests
{
    private static readonly ItemPool Pool = SimulatedAnswers.Bank(20, 9100);

    private static SimulatedAnswers.Data Data(int persons = 400) =>
        SimulatedAnswers.Complete(Pool, persons, SimulatedAnswers.Model(Pool), seed: 9101);

    [Fact]
    public void Without_given_thetas_the_report_uses_EAP_estimates_from_the_bank()
    {
        var data = Data();

        var report = ItemQualityReport.Compute(new ItemQualityInput(Pool, data.Responses));
        var eap = ItemQualityReport.EstimateThetas(Pool, data.Responses, ItemQualityOptions.Default.Estimation);

        Assert.Equal(eap, report.Thetas);
        // EAP of the first person straight from the estimator (61 nodes on [−6, 6], N(0, 1) prior).
        var direct = ExpectedAPosteriori.Estimate(Pool, data.Responses.OfPerson(0), new(61, -6, 6), NormalPrior.Standard);
        Assert.Equal(direct.Theta, report.Thetas[0], 1e-12);
        // EAP θ̂ from 20 items tracks the true θ: correlation above 0.9.
        Assert.True(ClassicalStatistics.Pearson(report.Thetas.ToArray(), data.TrueThetas) > 0.9);
    }

    [Fact]
    public void Given_thetas_are_used_as_they_are()
    {
        var data = Data();

        var report = ItemQualityReport.Compute(new ItemQualityInput(Pool, data.Responses) { Thetas = data.TrueThetas });

        Assert.Equal(data.TrueThetas, report.Thetas);
        Assert.Equal(ClassicalStatistics.Compute(data.Responses, 3, data.TrueThetas), report.Items[3].Classical);
        // Complete data: S-X² is reported, and does not depend on θ̂.
        Assert.Equal(SumScoreFit.Compute(Pool, data.Responses, ItemQualityOptions.Default)![3], report.Items[3].SumScoreFit);
    }

    [Fact]
    public void Exposure_rate_is_administrations_over_checks()
    {
        // Persons 0..9 answer item 0, persons 0..3 item 1; 40 checks were run in all (others answered nothing kept here).
        var pool = new ItemPool([new PoolItem("x", new ItemParameters(1, 0)), new PoolItem("y", new ItemParameters(1, 1))]);
        var rows = Enumerable.Range(0, 10).Select(j => (IReadOnlyList<Response>)(j < 4 ? [new(0, j % 2), new(1, 1)] : [new(0, j % 2)])).ToList();

        var report = ItemQualityReport.Compute(new ItemQualityInput(pool, new ResponseSet(2, rows)) { Checks = 40 });

        Assert.Equal(10, report.Items[0].Administrations);
        Assert.Equal(0.25, report.Items[0].ExposureRate, 1e-15);
        Assert.Equal(0.1, report.Items[1].ExposureRate, 1e-15);
        Assert.Equal(40, report.Checks);
        Assert.All(report.Items, item => Assert.Contains(item.Flags, f => f.Kind == ReviewFlagKind.TooFewAnswers));
    }

    [Fact]
    public void The_report_is_deterministic()
    {
        var data = Data(300);
        var input = new ItemQualityInput(Pool, data.Responses) { Groupings = [data.Grouping] };

        var first = ItemQualityReport.Compute(input);
        var second = ItemQualityReport.Compute(input);

        Assert.Equal(first.Thetas, second.Thetas);
        for (int i = 0; i < first.Items.Count; i++)
        {
            Assert.Equal(first.Items[i].Classical, second.Items[i].Classical);
            Assert.Equal(first.Items[i].Fit, second.Items[i].Fit);
            Assert.Equal(first.Items[i].Dif, second.Items[i].Dif);
            Assert.Equal(first.Items[i].Flags, second.Items[i].Flags);
        }
    }

    [Fact]
    public void Inconsistent_input_is_refused_with_a_message()
    {
        var data = Data(100);

        Assert.Contains("θ estimates", Assert.Throws<ArgumentException>(() => ItemQualityReport.Compute(
            new ItemQualityInput(Pool, data.Responses) { Thetas = [0.0] })).Message, StringComparison.Ordinal);
        Assert.Contains("labels", Assert.Throws<ArgumentException>(() => ItemQualityReport.Compute(
            new ItemQualityInput(Pool, data.Responses) { Groupings = [new DifGrouping("g", "a", "b", ["a"])] })).Message, StringComparison.Ordinal);
        Assert.Contains("items", Assert.Throws<ArgumentException>(() => ItemQualityReport.Compute(
            new ItemQualityInput(SimulatedAnswers.Bank(5, 1), data.Responses))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ItemQualityReport.Compute(
            new ItemQualityInput(Pool, data.Responses), new ItemQualityOptions { MinMeanSquare = 1.5 }));
        Assert.Contains("at most once per check", Assert.Throws<ArgumentException>(() => ItemQualityReport.Compute(
            new ItemQualityInput(Pool, data.Responses) { Checks = 99 })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_score_matching_on_sparse_data_is_refused()
    {
        var sparse = new ResponseSet(2, [[new Response(0, 1)], [new Response(1, 0)]]);
        var grouping = new DifGrouping("g", "a", "b", ["a", "b"]);

        Assert.Throws<ArgumentException>(() => DifAnalysis.Compute(sparse, 0, [0.0, 0.0], grouping, new ItemQualityOptions { Matching = DifMatching.SumScore }));
    }

    [Fact]
    public void Response_set_refuses_bad_answers()
    {
        Assert.Throws<ArgumentException>(() => new ResponseSet(2, [[new Response(2, 1)]]));
        Assert.Throws<ArgumentException>(() => new ResponseSet(2, [[new Response(0, 2)]]));
        Assert.Throws<ArgumentException>(() => new ResponseSet(2, [[new Response(0, 1), new Response(0, 0)]]));
    }

    [Fact]
    public void Persons_outside_both_groups_are_left_out_of_DIF()
    {
        var grouping = new DifGrouping("structure type", "CCAS", "library", ["CCAS", "library", "France Services", null]);

        Assert.Equal([false, true, null, null], Enumerable.Range(0, 4).Select(grouping.IsFocal));
    }
}
