using EvalNumerique.Web.Features.Mediation.History;
using EvalNumerique.Web.Features.Mediation.Results;

namespace EvalNumerique.Web.Tests.Results;

/// <summary>Reliable change: |θ2 − θ1| &gt; 1.96·√(SE1² + SE2²). Expected values computed by hand.</summary>
public sealed class ProgressComparisonTests
{
    [Fact]
    public void A_gain_larger_than_the_combined_error_is_reliable()
    {
        // 1.1 > 1.96 · √(0.4² + 0.35²) = 1.96 · √0.2825 = 1.96 · 0.531507 = 1.041754
        var change = ProgressComparison.Compare(new MeasuredTheta(-0.5, 0.4), new MeasuredTheta(0.6, 0.35));

        Assert.Equal(1.1, change.Difference, precision: 10);
        Assert.Equal(1.041754, change.Threshold, precision: 6);
        Assert.True(change.IsReliable);
        Assert.Equal(1, change.Direction);
    }

    [Fact]
    public void A_gain_within_the_combined_error_is_no_sure_difference()
    {
        // 0.7 < 1.96 · √(0.5² + 0.45²) = 1.96 · √0.4525 = 1.96 · 0.672681 = 1.318455
        var change = ProgressComparison.Compare(new MeasuredTheta(0.2, 0.5), new MeasuredTheta(0.9, 0.45));

        Assert.Equal(0.7, change.Difference, precision: 10);
        Assert.Equal(1.318455, change.Threshold, precision: 6);
        Assert.False(change.IsReliable);
        Assert.Equal(0, change.Direction);
    }

    [Fact]
    public void A_reliable_decline_points_down()
    {
        // −1.2, threshold 1.96 · √(0.09 + 0.09) = 1.96 · 0.424264 = 0.831558
        var change = ProgressComparison.Compare(new MeasuredTheta(1.0, 0.3), new MeasuredTheta(-0.2, 0.3));

        Assert.Equal(-1.2, change.Difference, precision: 10);
        Assert.Equal(0.831558, change.Threshold, precision: 6);
        Assert.Equal(-1, change.Direction);
    }

    [Fact]
    public void A_difference_exactly_at_the_threshold_is_not_flagged()
    {
        // SE 0 and 0.5: threshold exactly 0.98.
        var change = ProgressComparison.Compare(new MeasuredTheta(0, 0), new MeasuredTheta(0.98, 0.5));
        Assert.False(change.IsReliable);
    }

    [Fact]
    public void Consecutive_changes_skip_a_check_that_did_not_measure_the_domain()
    {
        MeasuredTheta?[] series = [new MeasuredTheta(-1.5, 0.4), null, new MeasuredTheta(0.0, 0.4), new MeasuredTheta(0.2, 0.4)];

        var changes = ProgressComparison.Consecutive(series);

        Assert.Equal(4, changes.Count);
        Assert.Null(changes[0]);
        Assert.Null(changes[1]);
        Assert.Equal(1.5, changes[2]!.Value.Difference, precision: 10); // against the first check, across the gap
        Assert.True(changes[2]!.Value.IsReliable); // 1.5 > 1.96 · √0.32 = 1.108743
        Assert.Equal(0.2, changes[3]!.Value.Difference, precision: 10);
        Assert.False(changes[3]!.Value.IsReliable);
    }

    [Fact]
    public void First_to_last_needs_two_measures()
    {
        Assert.Null(ProgressComparison.FirstToLast([new MeasuredTheta(0, 0.4)]));
        Assert.Null(ProgressComparison.FirstToLast([null, new MeasuredTheta(0, 0.4), null]));

        var change = ProgressComparison.FirstToLast([null, new MeasuredTheta(-1, 0.4), new MeasuredTheta(-0.5, 0.4), new MeasuredTheta(0.5, 0.35)]);
        Assert.Equal(1.5, change!.Value.Difference, precision: 10);
    }
}
