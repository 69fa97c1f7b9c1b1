using EvalNumerique.Engine.Estimation;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Infrastructure;
using EvalNumerique.Web.Features.Mediation.Results;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using EngineResponse = EvalNumerique.Engine.Models.Response;

namespace EvalNumerique.Web.Tests.Results;

public sealed class ResultsServiceTests
{
    [Fact]
    public async Task The_report_matches_the_stored_answers_item_by_item_and_domain_by_domain()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await world.AddPersonAsync(world.StructureA.Id, "Awa");
        var checkId = await world.RunCheckAsync(person, StaffWorld.MediatorA);
        var scope = await world.ScopeOfAsync(StaffWorld.MediatorA);

        var report = await world.Results().CheckReportAsync(scope, checkId, "fr");

        Assert.NotNull(report);
        Assert.False(report.IsProvisional);
        Assert.Equal(person, report.BeneficiaryId);
        Assert.Equal("Awa", report.Nickname);
        var stored = await world.InDatabaseAsync(db => db.CheckAnswers.Where(a => a.CheckId == checkId).OrderBy(a => a.Sequence).ToListAsync());
        Assert.Equal(stored.Select(a => a.ItemId), report.Items.Select(i => i.ItemId));
        Assert.Equal(stored.Select(a => a.Sequence), report.Items.Select(i => i.Sequence));
        Assert.Equal(stored.Select(a => a.Score == 1), report.Items.Select(i => i.Right));
        Assert.Equal(stored.Select(a => a.DontKnow), report.Items.Select(i => i.DontKnow));
        Assert.Equal(stored.Select(a => (double)a.Sequence), report.Items.Select(i => i.Seconds!.Value)); // sequence × 1 000 ms
        Assert.Equal(stored.Count / 3, report.DontKnowCount);
        Assert.All(report.Items.Where(i => !i.DontKnow), i => Assert.True(i.Right)); // every other answer was the key

        var bank = world.Factory.Services.GetRequiredService<ItemBankProvider>();
        var pool = bank.Adaptive.Pool;
        foreach (var domain in report.Domains)
        {
            // Independent estimate: EAP (catR-like default grid, N(0,1) prior) on this domain's stored answers only.
            EngineResponse[] answers = [.. stored.Where(a => bank.Find(a.ItemId)!.Domain == domain.DomainId)
                .Select(a => new EngineResponse(pool.IndexOf(a.ItemId), a.Score))];
            var expected = ExpectedAPosteriori.Estimate(pool, answers, EstimationOptions.Default.Quadrature, NormalPrior.Standard);
            Assert.Equal(answers.Length, domain.Questions);
            Assert.Equal(answers.Count(a => a.IsCorrect), domain.Right);
            Assert.Equal(expected.Theta, domain.Measure.Theta, precision: 10);
            Assert.Equal(expected.Se, domain.Measure.Se, precision: 10);
            Assert.Equal(expected.Theta - 1.96 * expected.Se, domain.Measure.Lower, precision: 10);
            Assert.Equal(expected.Theta + 1.96 * expected.Se, domain.Measure.Upper, precision: 10);
        }
        Assert.Equal(["health", "job"], report.Needs);
        Assert.Equal("no", report.Equipment["computer"]);
        Assert.NotEmpty(report.Pathway);
    }

    [Fact]
    public async Task An_unfinished_check_is_provisional_with_the_answers_so_far()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await world.AddPersonAsync(world.StructureA.Id, "Paul");
        var checkId = await world.RunCheckAsync(person, StaffWorld.MediatorA, maxAnswers: 4);

        var report = await world.Results().CheckReportAsync(await world.ScopeOfAsync(StaffWorld.MediatorA), checkId, "fr");

        Assert.NotNull(report);
        Assert.True(report.IsProvisional);
        Assert.Equal(CheckStage.Questions, report.Stage);
        Assert.Null(report.FinishedAt);
        Assert.Equal(4, report.Items.Count);
        Assert.Equal(4, report.Domains.Sum(d => d.Questions));
    }

    [Fact]
    public async Task When_the_person_said_no_the_structure_sees_neither_the_result_nor_a_csv_row()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await world.AddPersonAsync(world.StructureA.Id, "Paul");
        await world.InDatabaseAsync(db => db.Beneficiaries.Where(b => b.Id == person).ExecuteUpdateAsync(s => s.SetProperty(b => b.ConsentAt, (DateTimeOffset?)null)));
        var checks = world.Checks();
        var invitation = await checks.InviteAsync(person, "someone");
        Assert.Equal(CheckStage.Practice, (await checks.ConsentAsync(invitation.Code, agree: false)).Stage);
        var state = await checks.BeginQuestionsAsync(invitation.Code);
        while (state.Stage != CheckStage.Finished)
            state = (await checks.AnswerAsync(invitation.Code, state.CurrentItem!.Id, ItemBank.Scoring.Response.DontKnow)).State;

        var scope = await world.ScopeOfAsync(StaffWorld.MediatorA);
        Assert.Null(await world.Results().CheckReportAsync(scope, invitation.CheckId, "fr"));
        var export = world.Factory.Services.GetRequiredService<Features.Privacy.StructureExport>();
        var client = await world.SignInAsync(StaffWorld.MediatorA);
        string csv = await client.GetStringAsync($"/mediation/exports/{world.StructureA.Id}.csv");
        Assert.Single(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the header only
        // The person still reads their own result with their code.
        Assert.NotNull(await checks.ResultAsync(invitation.Code));
    }

    [Fact]
    public async Task Viewing_a_result_is_audited_with_the_check_and_its_structure()
    {
        await using var world = await StaffWorld.CreateAsync();
        var checkId = await world.RunCheckAsync(await world.AddPersonAsync(world.StructureA.Id, "Awa"), StaffWorld.MediatorA, maxAnswers: 2);
        var scope = await world.ScopeOfAsync(StaffWorld.MediatorA);

        await world.Results().CheckReportAsync(scope, checkId, "fr");

        var entry = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ViewedResult));
        Assert.Equal(scope.UserId, entry.UserId);
        Assert.Equal(checkId.ToString(), entry.TargetId);
        Assert.Equal(world.StructureA.Id, entry.StructureId);
    }

    [Fact]
    public async Task A_mediator_of_another_structure_reads_no_check_history_or_summary_and_leaves_no_trace()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await world.AddPersonAsync(world.StructureA.Id, "Awa");
        var checkId = await world.RunCheckAsync(person, StaffWorld.MediatorA);
        var results = world.Results();

        foreach (string outsider in new[] { StaffWorld.MediatorB, StaffWorld.Admin })
        {
            var scope = await world.ScopeOfAsync(outsider);
            Assert.Null(await results.CheckReportAsync(scope, checkId, "fr"));
            Assert.Null(await results.HistoryAsync(scope, person, "fr"));
            Assert.Null(await results.SummaryAsync(scope, person, "fr"));
        }
        // Same answer as for ids that do not exist: nothing tells the check exists.
        var scopeB = await world.ScopeOfAsync(StaffWorld.MediatorB);
        Assert.Null(await results.CheckReportAsync(scopeB, Guid.NewGuid(), "fr"));
        Assert.Equal(0, await world.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ViewedResult || a.Action == AuditActions.PrintedSummary)));

        var scopeA = await world.ScopeOfAsync(StaffWorld.MediatorA);
        Assert.NotNull(await results.CheckReportAsync(scopeA, checkId, "fr"));
        Assert.NotNull(await results.HistoryAsync(scopeA, person, "fr"));
        Assert.NotNull(await results.SummaryAsync(scopeA, person, "fr"));
    }

    [Fact]
    public async Task The_history_lists_finished_checks_oldest_first_and_the_summary_uses_the_last()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await world.AddPersonAsync(world.StructureA.Id, "Awa");
        var first = await world.RunCheckAsync(person, StaffWorld.MediatorA);
        var second = await world.RunCheckAsync(person, StaffWorld.MediatorA);
        await world.RunCheckAsync(person, StaffWorld.MediatorA, maxAnswers: 3); // unfinished: not in the history
        // The first check happened three months earlier.
        await world.InDatabaseAsync(async db =>
        {
            var check = await db.Checks.SingleAsync(c => c.Id == first);
            check.FinishedAt = check.FinishedAt!.Value.AddMonths(-3);
            return await db.SaveChangesAsync();
        });
        var scope = await world.ScopeOfAsync(StaffWorld.MediatorA);

        var history = await world.Results().HistoryAsync(scope, person, "fr");
        var summary = await world.Results().SummaryAsync(scope, person, "fr");

        Assert.NotNull(history);
        Assert.Equal([first, second], history.Checks.Select(c => c.CheckId));
        Assert.All(history.Domains, d => Assert.Equal(2, d.Measures.Count));
        Assert.All(history.Domains, d => Assert.NotNull(d.Changes[1]));
        Assert.NotNull(summary);
        Assert.Equal("Awa", summary.Nickname);
        Assert.Equal("CCAS A", summary.StructureName);
        var last = await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.Id == second));
        Assert.Equal(last.FinishedAt, summary.Result!.FinishedAt);
        var audit = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.PrintedSummary));
        Assert.Equal(person.ToString(), audit.TargetId);
    }
}
