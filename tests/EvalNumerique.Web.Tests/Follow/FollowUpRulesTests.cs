using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Follow;
using static EvalNumerique.Web.Tests.Follow.FollowRows;

namespace EvalNumerique.Web.Tests.Follow;

public sealed class FollowUpRulesTests
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    [Fact]
    public void An_unfinished_check_quiet_for_more_than_the_threshold_is_stalled()
    {
        var quiet = Row(CheckStage.Questions, updatedAt: Noon.AddMinutes(-11));
        Assert.True(FollowUpRules.IsStalled(quiet, Noon, TenMinutes));
    }

    [Fact]
    public void Exactly_the_threshold_is_not_yet_stalled()
    {
        var justQuiet = Row(CheckStage.Needs, updatedAt: Noon.AddMinutes(-10));
        Assert.False(FollowUpRules.IsStalled(justQuiet, Noon, TenMinutes));
        Assert.True(FollowUpRules.IsStalled(justQuiet, Noon.AddSeconds(1), TenMinutes));
    }

    [Theory]
    [InlineData(CheckStage.Consent)]
    [InlineData(CheckStage.Practice)]
    [InlineData(CheckStage.Needs)]
    [InlineData(CheckStage.Questions)]
    public void Every_unfinished_stage_can_stall(CheckStage stage) =>
        Assert.True(FollowUpRules.IsStalled(Row(stage, updatedAt: Noon.AddHours(-1)), Noon, TenMinutes));

    [Fact]
    public void A_finished_check_never_stalls()
    {
        var finished = Row(CheckStage.Finished, updatedAt: Noon.AddHours(-3));
        Assert.False(FollowUpRules.IsStalled(finished, Noon, TenMinutes));
    }

    [Fact]
    public void Finished_checks_are_shown_for_24_hours_unfinished_ones_always()
    {
        Assert.True(FollowUpRules.IsShown(Row(CheckStage.Finished, updatedAt: Noon.AddHours(-23)), Noon));
        Assert.False(FollowUpRules.IsShown(Row(CheckStage.Finished, updatedAt: Noon.AddHours(-25)), Noon));
        Assert.True(FollowUpRules.IsShown(Row(CheckStage.Practice, updatedAt: Noon.AddDays(-5)), Noon));
    }
}
