using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Mediation.Results;

namespace EvalNumerique.Web.Tests.Results;

public sealed class MeasuredThetaTests
{
    [Fact]
    public void The_interval_is_theta_plus_or_minus_1_96_se()
    {
        var measure = new MeasuredTheta(0.3, 0.4);
        Assert.Equal(-0.484, measure.Lower, precision: 10);
        Assert.Equal(1.084, measure.Upper, precision: 10);
    }

    [Fact]
    public void An_interval_across_a_boundary_is_an_uncertain_level()
    {
        var measure = new MeasuredTheta(0.3, 0.4); // [−0.484, 1.084]: bands 2, 3 and 4
        Assert.Equal(3, measure.Level);
        Assert.True(measure.IsUncertain);
        Assert.Equal(2, measure.LowestLevel);
        Assert.Equal(4, measure.HighestLevel);
    }

    [Fact]
    public void An_interval_inside_one_band_is_a_sure_level()
    {
        var measure = new MeasuredTheta(0.5, 0.2); // [0.108, 0.892]
        Assert.False(measure.IsUncertain);
        Assert.Equal(3, measure.LowestLevel);
        Assert.Equal(3, measure.HighestLevel);
    }

    [Fact]
    public void The_drawn_bands_meet_where_the_check_changes_level()
    {
        for (int level = 1; level <= 4; level++)
        {
            var (from, to) = LevelBands.RangeOf(level);
            Assert.Equal(level, CheckSettings.LevelOf((from + to) / 2));
            if (level > 1) Assert.Equal(level, CheckSettings.LevelOf(from));
            if (level < 4) Assert.Equal(level + 1, CheckSettings.LevelOf(to));
        }
    }

    [Fact]
    public void A_scale_maps_its_ends_and_draws_outside_values_at_the_edge()
    {
        var upward = new LinearScale(-3, 3, 150, 10); // y axis: θ up
        Assert.Equal(150, upward.Map(-3), precision: 10);
        Assert.Equal(10, upward.Map(3), precision: 10);
        Assert.Equal(80, upward.Map(0), precision: 10);
        Assert.Equal(10, upward.Map(7), precision: 10);
        Assert.True(upward.Clips(-3.5));
        Assert.False(upward.Clips(2.9));
    }
}
