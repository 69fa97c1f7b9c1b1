using EvalNumerique.Engine.ItemQuality;

namespace EvalNumerique.Engine.Tests.ItemQuality;

public sealed class EtsClassificationTests
{
    // The rule (Zieky, 1993; Dorans & Holland, 1993; Zwick, 2012): A if |Δ| < 1 or the MH χ² is not
    // significant at 5 %; C if |Δ| ≥ 1.5 and |Δ| significantly above 1 (Paek & Holland, 2015: in effect
    // (|Δ| − 1)/SE(Δ) > 1.645); B otherwise. SE(Δ) = 2.35·SE(ln α).
    private static MantelHaenszelResult Result(double delta, double pValue, double seDelta) =>
        new(Math.Exp(-delta / 2.35), delta, ChiSquare: 0, pValue, seDelta / 2.35, Strata: 5);

    [Theory]
    [InlineData(-0.99, 1e-6, 0.1)]  // large sample, small effect
    [InlineData(-1.9, 0.06, 0.2)]    // large effect, χ² not significant
    [InlineData(0.5, 0.01, 0.2)]
    public void Negligible_or_non_significant_DIF_is_A(double delta, double p, double se) =>
        Assert.Equal(EtsClass.A, EtsClassification.Classify(Result(delta, p, se), 0.05));

    [Theory]
    [InlineData(-1.0, 0.001, 0.1)]   // |Δ| = 1 exactly is no longer A
    [InlineData(1.4, 0.001, 0.1)]    // below 1.5
    [InlineData(-1.6, 0.001, 0.4)]   // ≥ 1.5 but (1.6 − 1)/0.4 = 1.5 < 1.645: not significantly above 1
    public void Moderate_DIF_is_B(double delta, double p, double se) =>
        Assert.Equal(EtsClass.B, EtsClassification.Classify(Result(delta, p, se), 0.05));

    [Theory]
    [InlineData(-1.5, 0.001, 0.3)]   // (1.5 − 1)/0.3 = 1.667 > 1.645
    [InlineData(2.2, 0.001, 0.5)]    // favours the focal group: still C
    public void Large_significant_DIF_is_C(double delta, double p, double se) =>
        Assert.Equal(EtsClass.C, EtsClassification.Classify(Result(delta, p, se), 0.05));

    [Fact]
    public void The_C_boundary_sits_at_the_one_sided_five_percent_point()
    {
        // (|Δ| − 1)/SE = 1.6448536269514722 (R qnorm(0.95)) ± 1e-6, with SE = 0.31 so that |Δ| ≈ 1.51 ≥ 1.5.
        double se = 0.31;
        Assert.Equal(EtsClass.B, EtsClassification.Classify(Result(-(1 + (1.6448536269514722 - 1e-6) * se), 1e-4, se), 0.05));
        Assert.Equal(EtsClass.C, EtsClassification.Classify(Result(-(1 + (1.6448536269514722 + 1e-6) * se), 1e-4, se), 0.05));
    }

    [Fact]
    public void The_interval_null_p_value_adds_both_edges()
    {
        // |Δ̂| = 1.2, SE = 0.5: Φ(−0.4) + Φ(−4.4) = 0.344578258389676 + 5.41254390770385e-06 (R 4.2.2 pnorm).
        Assert.Equal(0.344578258389676 + 5.41254390770385e-06, EtsClassification.AboveOnePValue(1.2, 0.5), 1e-14);
    }

    [Fact]
    public void The_sign_of_delta_says_which_group_is_favoured()
    {
        var harderForFocal = new ItemDif("g", 100, 100, Result(-2, 1e-5, 0.2), EtsClass.C);
        var harderForReference = new ItemDif("g", 100, 100, Result(2, 1e-5, 0.2), EtsClass.C);

        Assert.Equal(DifFavours.Reference, harderForFocal.Favours);
        Assert.Equal(DifFavours.Focal, harderForReference.Favours);
        Assert.Null(new ItemDif("g", 100, 100, Result(-0.2, 0.5, 0.2), EtsClass.A).Favours);
    }
}
