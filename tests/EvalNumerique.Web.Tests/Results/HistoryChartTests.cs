using EvalNumerique.Web.Features.Mediation.History;
using EvalNumerique.Web.Features.Mediation.Results;

namespace EvalNumerique.Web.Tests.Results;

public sealed class HistoryChartTests
{
    private static readonly DateTimeOffset January = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_point_and_interval_lies_inside_the_plot_area_even_far_outside_the_drawn_range()
    {
        var layout = HistoryChart.Layout(
        [
            new(January, new MeasuredTheta(-2.8, 0.9)), // interval down to −4.56
            new(January.AddMonths(3), new MeasuredTheta(0.1, 0.4)),
            new(January.AddMonths(6), new MeasuredTheta(3.5, 0.5)), // above the range
        ]);

        Assert.Equal(3, layout.Points.Count);
        Assert.All(layout.Points, p =>
        {
            Assert.InRange(p.X, layout.PlotLeft, layout.PlotRight);
            foreach (double y in new[] { p.Y, p.YLow, p.YHigh }) Assert.InRange(y, layout.PlotTop, layout.PlotBottom);
            Assert.True(p.YHigh <= p.Y && p.Y <= p.YLow, "the upper end is drawn above the point, the lower end below");
        });
        Assert.True(layout.Points[0].Clipped);
        Assert.False(layout.Points[1].Clipped);
        Assert.True(layout.Points[2].Clipped);
    }

    [Fact]
    public void Checks_are_drawn_left_to_right_in_date_order_whatever_the_input_order()
    {
        var layout = HistoryChart.Layout(
        [
            new(January.AddMonths(8), new MeasuredTheta(0.5, 0.4)),
            new(January, new MeasuredTheta(-1.0, 0.4)),
            new(January.AddMonths(2), new MeasuredTheta(-0.2, 0.4)),
        ]);

        Assert.Equal([January, January.AddMonths(2), January.AddMonths(8)], layout.Ticks.Select(t => t.Date));
        Assert.True(layout.Ticks[0].X < layout.Ticks[1].X && layout.Ticks[1].X < layout.Ticks[2].X);
        // Higher θ is higher on screen (smaller y): −1.0, then −0.2, then 0.5.
        Assert.True(layout.Points[0].Y > layout.Points[1].Y && layout.Points[1].Y > layout.Points[2].Y);
        Assert.Equal(2, layout.Segments.Count);
        Assert.Equal(layout.Points[0].X, layout.Segments[0].X1);
        Assert.Equal(layout.Points[1].X, layout.Segments[0].X2);
    }

    [Fact]
    public void One_check_only_is_a_point_without_a_line()
    {
        var layout = HistoryChart.Layout([new(January, new MeasuredTheta(0.2, 0.5))]);

        var point = Assert.Single(layout.Points);
        Assert.Empty(layout.Segments);
        Assert.Equal((layout.PlotLeft + layout.PlotRight) / 2, point.X, precision: 10);
    }

    [Fact]
    public void A_check_that_did_not_measure_the_domain_leaves_a_gap_in_the_line()
    {
        var layout = HistoryChart.Layout(
        [
            new(January, new MeasuredTheta(-1.0, 0.4)),
            new(January.AddMonths(3), null),
            new(January.AddMonths(6), new MeasuredTheta(0.0, 0.4)),
            new(January.AddMonths(9), new MeasuredTheta(0.3, 0.4)),
        ]);

        Assert.Equal(4, layout.Ticks.Count); // the check keeps its date on the axis
        Assert.Equal([0, 2, 3], layout.Points.Select(p => p.Index));
        var segment = Assert.Single(layout.Segments); // only 3 → 4: no line across the gap
        Assert.Equal(layout.Ticks[2].X, segment.X1);
        Assert.Equal(layout.Ticks[3].X, segment.X2);
    }

    [Fact]
    public void The_four_bands_fill_the_plot_from_bottom_to_top_in_level_order()
    {
        var layout = HistoryChart.Layout([]);

        Assert.Equal([1, 2, 3, 4], layout.Bands.Select(b => b.Level));
        Assert.Equal(layout.PlotBottom, layout.Bands[0].Y + layout.Bands[0].Height, precision: 10);
        Assert.Equal(layout.PlotTop, layout.Bands[3].Y, precision: 10);
        for (int i = 1; i < 4; i++) Assert.Equal(layout.Bands[i - 1].Y, layout.Bands[i].Y + layout.Bands[i].Height, precision: 10);
        Assert.Empty(layout.Points);
    }
}
