using EvalNumerique.Engine.Stopping;

namespace EvalNumerique.Engine.Tests.Stopping;

public sealed class StoppingTests
{
    [Fact]
    public void Normal_quantile_matches_published_values()
    {
        // Abramowitz & Stegun table 26.5 / R qnorm(): 0.975 → 1.959963984540054, 0.95 → 1.644853626951472.
        Assert.Equal(1.959963984540054, NormalQuantile.Inverse(0.975), 13);
        Assert.Equal(1.644853626951472, NormalQuantile.Inverse(0.95), 13);
        Assert.Equal(-2.326347874040841, NormalQuantile.Inverse(0.01), 13);
        Assert.Equal(0, NormalQuantile.Inverse(0.5), 15);
        Assert.Equal(-6.361340902404056, NormalQuantile.Inverse(1e-10), 9); // R qnorm(1e-10)
    }

    [Fact]
    public void Fixed_length_stops_only_at_the_maximum()
    {
        var rule = new StoppingRule { MinLength = 20, MaxLength = 20 };
        Assert.Null(rule.Check(19, 0, 0.01, true, true));
        Assert.Equal(StopReason.MaxLength, rule.Check(20, 0, 1, true, true));
    }

    [Fact]
    public void Se_target_stops_after_the_minimum_length_and_domain_minimums()
    {
        var rule = new StoppingRule { MinLength = 5, MaxLength = 30, SeTarget = 0.4 };
        Assert.Null(rule.Check(4, 0, 0.3, true, true));
        Assert.Null(rule.Check(8, 0, 0.3, domainMinimumsMet: false, itemsLeft: true));
        Assert.Null(rule.Check(8, 0, 0.41, true, true));
        Assert.Equal(StopReason.SeTarget, rule.Check(8, 0, 0.4, true, true));
    }

    [Fact]
    public void Classification_stops_when_the_interval_excludes_the_cut()
    {
        var rule = new StoppingRule { MinLength = 3, MaxLength = 30, Classification = new CutScore(-0.5, 0.95) };
        Assert.Null(rule.Check(6, 0.2, 0.4, true, true));       // 0.2 − 1.96·0.4 = −0.58 < −0.5
        Assert.Equal(StopReason.Classified, rule.Check(6, 0.3, 0.4, true, true)); // −0.484 > −0.5
        Assert.Equal(StopReason.Classified, rule.Check(6, -1.4, 0.45, true, true));
    }

    [Fact]
    public void An_exhausted_bank_stops_the_test()
    {
        Assert.Equal(StopReason.BankExhausted, new StoppingRule().Check(3, 0, 1, true, itemsLeft: false));
    }
}
