using EvalNumerique.Engine.ItemQuality;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Sessions;

namespace EvalNumerique.Engine.Tests.ItemQuality;

/// <summary>
/// Issue 8's "DIF flags appear for a simulated biased item": two groups with the same ability
/// distribution N(0, 1); one item is 0.8 logit harder for the focal group ("French first language:
/// no"). Two more groupings (age band, structure type) are drawn at random and unrelated to the
/// answers, so every item should be A for them.
/// </summary>
public sealed class SimulatedDifTests
{
    private static DifGrouping[] Groupings(SimulatedAnswers.Data data, int persons) =>
    [
        data.Grouping,
        SimulatedAnswers.RandomGrouping("age band", "under 60", "60 and over", persons, seed: 1),
        SimulatedAnswers.RandomGrouping("structure type", "CCAS", "library", persons, seed: 2),
    ];

    private static double FalseFlagRate(ItemQualityReport report, int biasedItem, out int judged)
    {
        var fair = report.Items.Where((_, i) => i != biasedItem).SelectMany(item => item.Dif).Where(d => d.Class is not null).ToList();
        judged = fair.Count;
        return (double)fair.Count(d => d.Class != EtsClass.A) / fair.Count;
    }

    [Fact]
    public void Complete_design_flags_the_biased_item_C_and_the_fair_items_A()
    {
        // 30 items, 2000 persons (1000 per group), sum-score strata. Biased item: a = 1, b = 0, so the
        // true log odds ratio is 0.8 and Δ_MH ≈ −2.35·0.8 = −1.88. Observed: Δ_MH = −1.81, SE 0.25, C,
        // favouring the reference group; A in the two unrelated groupings; 0 of 87 fair item × grouping
        // pairs flagged B or C (false-flag rate 0 %). Over five other seeds (banks 100–104, answers
        // 200–204, one unrelated grouping) the biased item was C every time (Δ_MH −1.74 to −2.58; with
        // 2PL items the sum score is not sufficient for θ, so Δ_MH scatters beyond its SE) and 4 of 290
        // fair pairs were B (1.4 %), none C.
        const int biased = 12;
        var pool = SimulatedAnswers.Bank(30, 8200, (biased, new ItemParameters(1.0, 0.0)));
        var data = SimulatedAnswers.Complete(pool, 2000, SimulatedAnswers.Biased(pool, biased, 0.8), seed: 8201);

        var report = ItemQualityReport.Compute(new ItemQualityInput(pool, data.Responses) { Groupings = Groupings(data, 2000) });

        var dif = report.Items[biased].Dif[0];
        Assert.Equal(EtsClass.C, dif.Class);
        Assert.Equal(DifFavours.Reference, dif.Favours);
        Assert.InRange(dif.Statistics!.Value.Delta, -1.88 - 0.4, -1.88 + 0.4); // ±0.4 ≈ 1.6 SE
        Assert.Equal([EtsClass.A, EtsClass.A], report.Items[biased].Dif.Skip(1).Select(d => d.Class));
        Assert.Contains(report.Items[biased].Flags, f => f.Kind == ReviewFlagKind.Dif && f.Reason.Contains("French first language", StringComparison.Ordinal));
        Assert.True(FalseFlagRate(report, biased, out int judged) <= 0.05, "more than 5 % of fair items flagged");
        Assert.Equal(87, judged);
        Assert.Equal(1, report.Items.Count(item => item.Flags.Any(f => f.Kind == ReviewFlagKind.Dif)));
    }

    [Fact]
    public void Adaptive_design_flags_the_biased_item_C_on_theta_bands()
    {
        // 120-item bank, 4000 persons (2000 per group), 15-item checks: maximum information with
        // randomesque exposure control (k = 10), EAP. Biased item: a = 1.5, b = 0.2, a popular item, so
        // Δ_MH ≈ −2.35·1.5·0.8 = −2.8. Strata: θ̂ bands of 0.5 logit, merged to ≥ 10 answers.
        // Observed: the biased item was given 1135 times (553 reference, 582 focal), Δ_MH = −3.22,
        // SE 0.33, C, and A in the unrelated groupings; of the fair items, about 60 per grouping had
        // ≥ 50 answers per group, and 3 of their 180 item × grouping pairs were B, none C
        // (false-flag rate 1.7 %, all B, all with |Δ| just above 1 and p between 0.01 and 0.05).
        // Over five other seeds (banks 300–304, answers 400–404, one unrelated grouping) the biased item
        // was C every time (Δ_MH −2.69 to −3.17) and 14 of 618 fair pairs were B (2.3 %), none C.
        const int biased = 40;
        var bank = SimulatedAnswers.Bank(120, 8300, (biased, new ItemParameters(1.5, 0.2)));
        var options = new CatOptions
        {
            Selection = new SelectionOptions { Exposure = ExposureControl.Randomesque, RandomesqueSize = 10 },
            Stopping = new() { MinLength = 15, MaxLength = 15 },
        };
        var data = SimulatedAnswers.Adaptive(bank, 4000, SimulatedAnswers.Biased(bank, biased, 0.8), options, seed: 8301);

        var report = ItemQualityReport.Compute(new ItemQualityInput(bank, data.Responses) { Groupings = Groupings(data, 4000) });

        Assert.False(data.Responses.IsComplete);
        Assert.All(report.Items, item => Assert.Null(item.SumScoreFit)); // S-X² needs a common form
        var dif = report.Items[biased].Dif[0];
        Assert.Equal(EtsClass.C, dif.Class);
        Assert.Equal(DifFavours.Reference, dif.Favours);
        Assert.InRange(dif.Statistics!.Value.Delta, -2.8 - 0.8, -2.8 + 0.8); // ±0.8 ≈ 2.4 SE
        Assert.Equal([EtsClass.A, EtsClass.A], report.Items[biased].Dif.Skip(1).Select(d => d.Class));
        Assert.Contains(report.Items[biased].Flags, f => f.Kind == ReviewFlagKind.Dif);
        double rate = FalseFlagRate(report, biased, out int judged);
        Assert.True(rate <= 0.05, $"false-flag rate {rate:P1} of {judged}");
        Assert.InRange(judged, 150, 200);
        Assert.DoesNotContain(report.Items.Where((_, i) => i != biased).SelectMany(item => item.Dif), d => d.Class == EtsClass.C);
        // The θ̂ criterion still discriminates on sparse data: observed point-biserials of the 73 items
        // with ≥ 30 answers 0.15–0.60, median 0.49, despite the range restriction of adaptive selection.
        var pointBiserials = report.Items.Where(item => item.Classical.Answers >= 30).Select(item => item.Classical.PointBiserial!.Value).Order().ToArray();
        Assert.InRange(pointBiserials[pointBiserials.Length / 2], 0.4, 0.6);
    }

    [Fact]
    public void Items_with_fewer_than_fifty_answers_per_group_get_no_class()
    {
        // 300 persons, 60 items, 10-item checks: most items have fewer than 50 answers per group.
        var bank = SimulatedAnswers.Bank(60, 8400);
        var options = new CatOptions { Stopping = new() { MinLength = 10, MaxLength = 10 } };
        var data = SimulatedAnswers.Adaptive(bank, 300, SimulatedAnswers.Model(bank), options, seed: 8401);

        var report = ItemQualityReport.Compute(new ItemQualityInput(bank, data.Responses) { Groupings = [data.Grouping] });

        var thin = report.Items.SelectMany(item => item.Dif).Where(d => d.ReferenceAnswers < 50 || d.FocalAnswers < 50).ToList();
        Assert.NotEmpty(thin);
        Assert.All(thin, d => Assert.True(d.TooFewAnswers));
        Assert.All(thin, d => Assert.Null(d.Favours));
    }
}
