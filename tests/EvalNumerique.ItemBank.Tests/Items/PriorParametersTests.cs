using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Tests.Items;

public sealed class PriorParametersTests
{
    // Reference: FORMAT.md, "Prior IRT parameters (uncalibrated items)".
    [Theory]
    [InlineData(1, -1.5)]
    [InlineData(2, -0.5)]
    [InlineData(3, 0.5)]
    [InlineData(4, 1.5)]
    public void Difficulty_comes_from_the_expert_level(int level, double b)
    {
        Assert.Equal(b, PriorParameters.Difficulty(level), precision: 12);
    }

    [Theory]
    [InlineData(ItemType.SingleChoice, 1.0, 0.15)]
    [InlineData(ItemType.MultipleChoice, 1.0, 0.05)]
    [InlineData(ItemType.YesNo, 1.0, 0.25)]
    [InlineData(ItemType.Ordering, 1.2, 0.0)]
    [InlineData(ItemType.Hotspot, 1.2, 0.05)]
    [InlineData(ItemType.TextEntry, 1.2, 0.0)]
    [InlineData(ItemType.Simulation, 1.4, 0.05)]
    public void Discrimination_and_guessing_come_from_the_type(ItemType type, double a, double c)
    {
        var prior = PriorParameters.For(type, 2);

        Assert.Equal(a, prior.A, precision: 12);
        Assert.Equal(c, prior.C, precision: 12);
        Assert.Equal(1.0, prior.D, precision: 12);
        Assert.False(prior.Calibrated);
    }

    [Fact]
    public void Matches_accepts_values_within_the_tolerance_and_nothing_beyond()
    {
        Assert.True(PriorParameters.Matches(new IrtParameters(1.4, 0.5 + 1e-10, 0.05, 1.0, false), ItemType.Simulation, 3));
        Assert.False(PriorParameters.Matches(new IrtParameters(1.4, 0.5 + 1e-6, 0.05, 1.0, false), ItemType.Simulation, 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Level_outside_1_to_4_has_no_prior(int level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriorParameters.Difficulty(level));
    }
}
