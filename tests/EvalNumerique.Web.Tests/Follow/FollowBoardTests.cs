using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Follow;
using static EvalNumerique.Web.Tests.Follow.FollowRows;

namespace EvalNumerique.Web.Tests.Follow;

public sealed class FollowBoardTests
{
    private static readonly FollowedStructure[] Mine = [new(1, "CCAS A"), new(2, "EPN C")];

    [Fact]
    public void Rows_are_sorted_by_last_activity_most_recent_first_or_last()
    {
        var older = Row(updatedAt: Noon.AddMinutes(-5));
        var newer = Row(updatedAt: Noon);
        var board = new FollowBoard(Mine, [older, newer]);

        Assert.Equal([newer.CheckId, older.CheckId], board.Rows().Select(r => r.CheckId));
        Assert.Equal([older.CheckId, newer.CheckId], board.Rows(mostRecentFirst: false).Select(r => r.CheckId));
    }

    [Fact]
    public void An_update_replaces_its_row_and_a_new_check_is_added()
    {
        var row = Row(answered: 2, updatedAt: Noon.AddMinutes(-1));
        var board = new FollowBoard(Mine, [row]);

        Assert.True(board.Apply(row with { Answered = 3, UpdatedAt = Noon }));
        Assert.True(board.Apply(Row(structureId: 2)));

        Assert.Equal(3, board.Rows().Single(r => r.CheckId == row.CheckId).Answered);
        Assert.Equal(2, board.Rows().Count);
    }

    [Fact]
    public void An_update_older_than_the_row_changes_nothing()
    {
        var row = Row(answered: 5, updatedAt: Noon);
        var board = new FollowBoard(Mine, [row]);

        Assert.False(board.Apply(row with { Answered = 4, UpdatedAt = Noon.AddSeconds(-2) }));
        Assert.Equal(5, board.Rows().Single().Answered);
    }

    [Fact]
    public void An_update_of_a_structure_not_followed_is_ignored()
    {
        var board = new FollowBoard(Mine, []);
        Assert.False(board.Apply(Row(structureId: 99)));
        Assert.Empty(board.Rows());
    }

    [Fact]
    public void The_structure_filter_keeps_that_structure_only()
    {
        var board = new FollowBoard(Mine, [Row(structureId: 1), Row(structureId: 2), Row(structureId: 2)]);
        Assert.Single(board.Rows(1));
        Assert.Equal(2, board.Rows(2).Count);
        Assert.Equal(3, board.Rows().Count);
    }

    [Fact]
    public void Pruning_drops_checks_finished_more_than_a_day_ago()
    {
        var yesterday = Row(CheckStage.Finished, updatedAt: Noon.AddHours(-25));
        var today = Row(CheckStage.Finished, updatedAt: Noon.AddHours(-2));
        var board = new FollowBoard(Mine, [yesterday, today]);

        Assert.True(board.Prune(Noon));
        Assert.Equal([today.CheckId], board.Rows().Select(r => r.CheckId));
        Assert.False(board.Prune(Noon));
    }

    [Fact]
    public void Counts_give_in_progress_stalled_and_finished()
    {
        var board = new FollowBoard(Mine, [
            Row(CheckStage.Questions, updatedAt: Noon.AddMinutes(-1)),
            Row(CheckStage.Needs, updatedAt: Noon.AddMinutes(-30)),
            Row(CheckStage.Finished, updatedAt: Noon.AddMinutes(-30)),
        ]);
        Assert.Equal((2, 1, 1), board.Counts(null, Noon, TimeSpan.FromMinutes(10)));
    }
}
