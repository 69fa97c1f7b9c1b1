using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Check;

public sealed class CheckServiceTests : IDisposable
{
    private readonly string _database = EvalWebFactory.NewDatabasePath();
    private readonly EvalWebFactory _factory;

    public CheckServiceTests()
    {
        _factory = new EvalWebFactory(_database);
        _ = _factory.Server; // starts the host: migrations and seed
    }

    private CheckService Checks => _factory.Services.GetRequiredService<CheckService>();

    public void Dispose()
    {
        _factory.Dispose();
        foreach (string file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_database) + "*")) File.Delete(file);
    }

    [Fact]
    public async Task Two_tabs_answering_the_same_question_at_once_record_one_answer()
    {
        var check = await Checks.BeginQuestionsAsync((await Checks.StartAsync()).ResumeCode);
        string item = check.CurrentItem!.Id;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                await Checks.AnswerAsync(check.ResumeCode, item, Response.DontKnow);
                return true;
            }
            catch (CheckProblemException e) when (e.Kind == CheckProblemKind.Conflict)
            {
                return false;
            }
        }));

        Assert.Equal(1, attempts.Count(ok => ok));
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.CheckAnswers.CountAsync(a => a.CheckId == check.Id));
        Assert.Equal(1, (await Checks.FindAsync(check.ResumeCode))!.Answered);
    }

    [Fact]
    public async Task Every_answer_is_in_the_database_with_the_engine_state_before_the_next_question_is_returned()
    {
        var check = await Checks.BeginQuestionsAsync((await Checks.StartAsync()).ResumeCode);
        var outcome = await Checks.AnswerAsync(check.ResumeCode, check.CurrentItem!.Id, KeyedResponses.Right(check.CurrentItem), 4200);

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>().CreateDbContextAsync();
        var stored = await db.Checks.Include(c => c.Answers).SingleAsync(c => c.Id == check.Id);
        var answer = Assert.Single(stored.Answers);
        Assert.Equal(check.CurrentItem.Id, answer.ItemId);
        Assert.Equal(4200, answer.ElapsedMilliseconds);
        Assert.Equal(outcome.State.CurrentItem!.Id, stored.CurrentItemId);
        var state = Engine.Sessions.CatSessionState.FromJson(stored.SessionState);
        Assert.Equal(check.CurrentItem.Id, Assert.Single(state.Responses).Item);
        Assert.Equal(stored.CurrentItemId, state.Pending);
    }

    [Fact]
    public async Task Codes_are_found_whatever_the_case_and_spacing()
    {
        var check = await Checks.StartAsync();
        string spaced = string.Join(' ', check.ResumeCode.ToLowerInvariant().Chunk(3).Select(c => new string(c)));
        Assert.Equal(check.Id, (await Checks.FindAsync(spaced))!.Id);
        Assert.Null(await Checks.FindAsync("ZZZZZZ"));
        Assert.Null(await Checks.FindAsync("' OR 1=1 --"));
    }

    [Fact]
    public async Task Unknown_needs_are_refused_and_change_nothing()
    {
        var check = await Checks.StartAsync();
        var problem = await Assert.ThrowsAsync<CheckProblemException>(() =>
            Checks.SaveNeedsAsync(check.ResumeCode, ["lottery"], new Dictionary<string, string>()));
        Assert.Equal(CheckProblemKind.Invalid, problem.Kind);
        Assert.Equal(CheckStage.Practice, (await Checks.FindAsync(check.ResumeCode))!.Stage);
    }
}
