using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Follow;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvalNumerique.Web.Tests.Follow;

/// <summary>
/// The dashboard on a real database (the test app of <see cref="StaffWorld"/>), rendered by bUnit
/// with a hand-moved clock; the hub's messages are played through the page's [JSInvokable] method.
/// </summary>
public sealed class FollowDashboardPageTests : ComponentTest, IAsyncLifetime
{
    private StaffWorld _world = default!;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private BunitJSModuleInterop _followJs = default!;

    public async Task InitializeAsync()
    {
        _world = await StaffWorld.CreateAsync();
        _followJs = Context.JSInterop.SetupModule("./js/follow.js");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private CheckService Checks => _world.Factory.Services.GetRequiredService<CheckService>();

    /// <summary>Renders /mediation for this staff member.</summary>
    private async Task<IRenderedComponent<FollowDashboardPage>> OpenAsAsync(string email)
    {
        var app = _world.Factory.Services;
        string userId = await _world.InDatabaseAsync(async db => (await db.Users.SingleAsync(u => u.Email == email)).Id);
        var auth = new BunitAuthenticationStateProvider(email, claims: [new Claim(ClaimTypes.NameIdentifier, userId)]);
        Context.Services.AddSingleton(new StaffAccess(app.GetRequiredService<IDbContextFactory<EvalDbContext>>(), auth));
        Context.Services.AddSingleton(new FollowUpLoader(app.GetRequiredService<IDbContextFactory<EvalDbContext>>(), Checks,
            app.GetRequiredService<CheckFollowUpFactory>(), _clock));
        Context.Services.AddSingleton<TimeProvider>(_clock);
        Context.Services.AddSingleton(Options.Create(new FollowUpOptions { StalledAfterMinutes = 10 }));
        var page = Context.Render<FollowDashboardPage>();
        page.WaitForState(() => page.FindAll("h1 + p + *").Count > 0 && !page.Markup.Contains("Chargement", StringComparison.Ordinal));
        return page;
    }

    private Task<Guid> AddPersonAsync(int structureId, string nickname) =>
        _world.InDatabaseAsync(async db =>
        {
            var person = new Beneficiary
            {
                Id = Guid.NewGuid(), StructureId = structureId, Nickname = nickname,
                CreatedAt = _clock.Now, LastActivityAt = _clock.Now, ConsentAt = _clock.Now, ConsentVersion = "test",
            };
            db.Beneficiaries.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    private Task<Guid> AddCheckAsync(int? structureId, CheckStage stage, DateTimeOffset updatedAt, DateTimeOffset? finishedAt = null) =>
        _world.InDatabaseAsync(async db =>
        {
            var check = new Data.Check
            {
                Id = Guid.NewGuid(), ResumeCode = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), StructureId = structureId,
                Stage = stage, CreatedAt = updatedAt.AddMinutes(-5), UpdatedAt = updatedAt, FinishedAt = finishedAt,
            };
            db.Checks.Add(check);
            await db.SaveChangesAsync();
            return check.Id;
        });

    [Fact]
    public async Task It_lists_the_checks_of_ones_structures_with_person_status_and_stalled_mark()
    {
        var camille = await AddPersonAsync(_world.StructureA.Id, "Camille");
        var invited = await Checks.InviteAsync(camille, "staff-id");
        var kiosk = await AddCheckAsync(_world.StructureA.Id, CheckStage.Needs, _clock.Now.AddMinutes(-25));
        var finishedYesterday = await AddCheckAsync(_world.StructureA.Id, CheckStage.Finished, _clock.Now.AddDays(-2), _clock.Now.AddDays(-2));
        var finishedToday = await AddCheckAsync(_world.StructureA.Id, CheckStage.Finished, _clock.Now.AddHours(-1), _clock.Now.AddHours(-1));
        var ofB = await AddCheckAsync(_world.StructureB.Id, CheckStage.Practice, _clock.Now);

        var page = await OpenAsAsync(StaffWorld.MediatorA);

        var rows = page.FindAll("tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Empty(page.FindAll($"tr[data-check='{finishedYesterday}'], tr[data-check='{ofB}']"));
        var invitedRow = page.Find($"tr[data-check='{invited.CheckId}']");
        Assert.Equal($"/mediation/people/{camille}", invitedRow.QuerySelector("td.person a")!.GetAttribute("href"));
        Assert.Equal("Camille", invitedRow.QuerySelector("td.person a")!.TextContent);
        Assert.Contains("Prise en main", invitedRow.QuerySelector("td.status")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("CCAS A", invitedRow.TextContent, StringComparison.Ordinal);
        var kioskRow = page.Find($"tr[data-check='{kiosk}']");
        Assert.Equal("Personne sans dossier", kioskRow.QuerySelector("td.person")!.TextContent.Trim());
        Assert.Contains("stalled", kioskRow.ClassList);
        Assert.Contains("Sans activité", kioskRow.QuerySelector("td.status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("il y a 25 min", kioskRow.QuerySelector("td.last-activity")!.TextContent);
        Assert.DoesNotContain("stalled", invitedRow.ClassList);
        var finishedRow = page.Find($"tr[data-check='{finishedToday}']");
        Assert.Equal($"/mediation/checks/{finishedToday}", finishedRow.QuerySelector("td.status a")!.GetAttribute("href"));
        // Most recent activity first: the invitation (now), the quiet one (25 min), the finished one (1 h).
        Assert.Equal([invited.CheckId.ToString(), kiosk.ToString(), finishedToday.ToString()], rows.Select(r => r.GetAttribute("data-check")));
        Assert.Equal("Tests en cours\u00a0: 2. Sans activité depuis plus de 10 min\u00a0: 1. Terminés depuis 24 heures\u00a0: 1.",
            page.Find(".follow-summary").TextContent);
    }

    [Fact]
    public async Task A_hub_message_updates_its_row_and_the_announced_summary()
    {
        var camille = await AddPersonAsync(_world.StructureA.Id, "Camille");
        var invited = await Checks.InviteAsync(camille, "staff-id");
        var page = await OpenAsAsync(StaffWorld.MediatorA);
        var state = await Checks.BeginQuestionsAsync(invited.Code);
        var answered = (await Checks.AnswerAsync(invited.Code, state.CurrentItem!.Id, EvalNumerique.ItemBank.Scoring.Response.DontKnow)).State;
        var update = await RowOfAsync(invited.CheckId);

        await page.InvokeAsync(() => page.Instance.OnCheckChanged(update));

        string status = page.Find($"tr[data-check='{invited.CheckId}'] td.status").TextContent;
        Assert.Contains("Questions\u00a0: ", status, StringComparison.Ordinal);
        Assert.Contains(update.DomainNameFr!, status, StringComparison.Ordinal);
        Assert.Contains("1 réponse", status, StringComparison.Ordinal);
        Assert.Equal(1, answered.Answered);
        var summary = page.Find(".follow-summary");
        Assert.Equal("polite", summary.GetAttribute("aria-live"));
        Assert.Contains("Dernière mise à jour\u00a0: Camille, Questions\u00a0: ", summary.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Find("table").GetAttribute("aria-live"));
    }

    [Fact]
    public async Task A_new_check_appears_and_a_message_of_another_structure_is_ignored()
    {
        var page = await OpenAsAsync(StaffWorld.MediatorA);
        Assert.Contains("Aucun test en cours.", page.Find(".follow-empty").TextContent, StringComparison.Ordinal);
        Assert.Equal("/mediation/people", page.Find(".follow-empty a").GetAttribute("href"));

        var kioskOfA = await Checks.StartAsync(structureId: _world.StructureA.Id);
        var kioskOfB = await Checks.StartAsync(structureId: _world.StructureB.Id);
        await page.InvokeAsync(() => page.Instance.OnCheckChanged(RowOf(kioskOfB.Id, _world.StructureB.Id)));
        Assert.Empty(page.FindAll("tbody tr"));
        await page.InvokeAsync(() => page.Instance.OnCheckChanged(RowOf(kioskOfA.Id, _world.StructureA.Id)));

        Assert.Equal(kioskOfA.Id.ToString(), page.Find("tbody tr").GetAttribute("data-check"));
    }

    [Fact]
    public async Task A_quiet_check_turns_stalled_when_the_page_looks_again_30_seconds_later()
    {
        var quiet = await AddCheckAsync(_world.StructureA.Id, CheckStage.Questions, _clock.Now.AddMinutes(-9).AddSeconds(-45));
        var page = await OpenAsAsync(StaffWorld.MediatorA);
        Assert.DoesNotContain("stalled", page.Find($"tr[data-check='{quiet}']").ClassList);

        await page.InvokeAsync(() => _clock.Advance(TimeSpan.FromSeconds(30)));

        Assert.Contains("stalled", page.Find($"tr[data-check='{quiet}']").ClassList);
        Assert.Contains("Sans activité depuis plus de 10 min\u00a0: 1.", page.Find(".follow-summary").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_connects_to_the_hub_and_shows_the_connection_state()
    {
        var page = await OpenAsAsync(StaffWorld.MediatorA);
        var start = Assert.Single(_followJs.Invocations, i => i.Identifier == "start");
        Assert.Equal(FollowHub.Path, start.Arguments[2]);
        Assert.Contains("Connexion au suivi en direct", page.Find(".follow-connection").TextContent, StringComparison.Ordinal);

        await page.InvokeAsync(() => page.Instance.OnConnectionChanged("live"));
        Assert.Contains("Suivi en direct actif", page.Find(".follow-connection").TextContent, StringComparison.Ordinal);

        var missed = await Checks.StartAsync(structureId: _world.StructureA.Id);
        await page.InvokeAsync(() => page.Instance.OnConnectionChanged("reconnecting"));
        Assert.Contains("Reconnexion", page.Find(".follow-connection").TextContent, StringComparison.Ordinal);
        await page.InvokeAsync(() => page.Instance.OnConnectionChanged("reconnected"));
        // What happened while disconnected is read again from the database.
        Assert.Equal(missed.Id.ToString(), page.Find("tbody tr").GetAttribute("data-check"));
    }

    [Fact]
    public async Task The_structure_filter_appears_for_members_of_several_structures()
    {
        const string both = "mediator-ab@test.evalnumerique.test";
        await _world.AddUserAsync(both, StaffRoles.Mediator, _world.StructureA.Id, _world.StructureB.Id);
        await AddCheckAsync(_world.StructureA.Id, CheckStage.Practice, _clock.Now);
        var ofB = await AddCheckAsync(_world.StructureB.Id, CheckStage.Practice, _clock.Now);
        var page = await OpenAsAsync(both);
        Assert.Equal(2, page.FindAll("tbody tr").Count);

        page.Find("select").Change(_world.StructureB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ofB.ToString(), page.Find("tbody tr").GetAttribute("data-check"));
        Assert.Single(page.FindAll("tbody tr"));
    }

    [Fact]
    public async Task A_staff_member_of_no_structure_is_told_why_the_page_is_empty_and_nothing_connects()
    {
        var page = await OpenAsAsync(StaffWorld.Admin);
        Assert.Contains("aucune structure", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("table"));
        Assert.Empty(_followJs.Invocations);
    }

    private Task<CheckFollowUp> RowOfAsync(Guid checkId) =>
        _world.InDatabaseAsync(async db =>
        {
            var check = await db.Checks.AsNoTracking().SingleAsync(c => c.Id == checkId);
            return (await _world.Factory.Services.GetRequiredService<CheckFollowUpFactory>().FromProgressAsync(Checks.Progress(check)))!;
        });

    private CheckFollowUp RowOf(Guid checkId, int structureId) =>
        new(checkId, structureId, null, null, CheckStage.Practice, 0, null, null, null, _clock.Now, _clock.Now, null);
}
