using EvalNumerique.Engine.ItemQuality;

namespace EvalNumerique.Engine.Tests.ItemQuality;

public sealed class ReviewRulesTests
{
    private static readonly ItemQualityOptions Options = ItemQualityOptions.Default;
    private static readonly ItemFitStatistics GoodFit = new(200, 1.0, 0.1, 1.0, 0.1);
    private static readonly ClassicalItemStatistics GoodItem = new(200, 0.5, 0.4, null);

    private static ReviewFlagKind[] Kinds(ClassicalItemStatistics classical, ItemFitStatistics? fit = null, IReadOnlyList<ItemDif>? dif = null, double exposure = 0.1) =>
        [.. ReviewRules.Flags(classical, fit ?? GoodFit, dif ?? [], exposure, Options).Select(f => f.Kind)];

    [Fact]
    public void A_good_item_has_no_flag() => Assert.Empty(Kinds(GoodItem));

    [Fact]
    public void Too_few_answers_is_the_only_statistical_flag_below_the_minimum()
    {
        // 29 < 30 answers: p = 0 and r_pb = −0.5 are not judged, but exposure still is.
        var kinds = Kinds(new ClassicalItemStatistics(29, 0.0, -0.5, null), new ItemFitStatistics(29, 3, 5, 3, 5), exposure: 0.31);

        Assert.Equal([ReviewFlagKind.TooFewAnswers, ReviewFlagKind.Overexposed], kinds);
    }

    [Theory]
    [InlineData(0.09, ReviewFlagKind.TooHard)]
    [InlineData(0.96, ReviewFlagKind.TooEasy)]
    public void P_values_outside_the_band_are_flagged(double p, ReviewFlagKind kind) =>
        Assert.Equal([kind], Kinds(GoodItem with { PValue = p }));

    [Theory]
    [InlineData(0.149)]
    [InlineData(-0.2)]
    [InlineData(null)]
    public void Low_or_undefined_point_biserial_is_flagged(double? rpb) =>
        Assert.Equal([ReviewFlagKind.LowDiscrimination], Kinds(GoodItem with { PointBiserial = rpb }));

    [Fact]
    public void Misfit_needs_both_a_large_mean_square_and_a_significant_t()
    {
        Assert.Equal([ReviewFlagKind.Underfit], Kinds(GoodItem, new ItemFitStatistics(200, 1.4, 2.5, 1.0, 0)));
        Assert.Equal([ReviewFlagKind.Overfit], Kinds(GoodItem, new ItemFitStatistics(200, 1.0, 0, 0.6, -3)));
        Assert.Empty(Kinds(GoodItem, new ItemFitStatistics(200, 1.4, 1.9, 0.69, -1.0)));
        Assert.Empty(Kinds(GoodItem, new ItemFitStatistics(200, 1.29, 6, 0.71, -6)));
    }

    [Fact]
    public void Dif_class_C_is_flagged_with_its_figures_and_B_only_when_asked()
    {
        var statistics = new MantelHaenszelResult(Math.Exp(1.8 / 2.35), -1.8, 40, 1e-10, 0.25 / 2.35, 12);
        ItemDif[] dif = [new("French first language", 300, 300, statistics, EtsClass.C), new("age band", 300, 300, statistics with { Delta = -1.2 }, EtsClass.B)];

        var flags = ReviewRules.Flags(GoodItem, GoodFit, dif, 0.1, Options);
        var withB = ReviewRules.Flags(GoodItem, GoodFit, dif, 0.1, Options with { FlagDifFrom = EtsClass.B });

        var flag = Assert.Single(flags);
        Assert.Equal(ReviewFlagKind.Dif, flag.Kind);
        Assert.Equal("DIF class C for French first language: Δ_MH = -1.80 (SE 0.25), χ² = 40.00, p = 0.0000; favours the reference group", flag.Reason);
        Assert.Equal(2, withB.Count(f => f.Kind == ReviewFlagKind.Dif));
    }

    [Fact]
    public void Unclassified_dif_raises_no_flag()
    {
        ItemDif[] dif = [new("French first language", 20, 30, null, null)];

        Assert.Empty(Kinds(GoodItem, dif: dif));
    }

    [Fact]
    public void Exposure_above_thirty_percent_is_flagged()
    {
        Assert.Empty(Kinds(GoodItem, exposure: 0.30));
        Assert.Equal([ReviewFlagKind.Overexposed], Kinds(GoodItem, exposure: 0.301));
    }
}
