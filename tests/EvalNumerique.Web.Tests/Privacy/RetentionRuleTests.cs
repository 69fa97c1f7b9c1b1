using EvalNumerique.Web.Data;
using Microsoft.Extensions.Configuration;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Privacy;

public sealed class RetentionRuleTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 15, 3, 0, 0, TimeSpan.Zero);

    private static RetentionRule Rule(StaffWorld world, TimeProvider clock)
    {
        var factory = world.Factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>();
        return new RetentionRule(factory, new AuditLog(factory, clock), clock);
    }

    [Fact]
    public async Task Inactive_people_are_erased_after_their_structure_s_retention_and_active_ones_kept()
    {
        await using var world = await StaffWorld.CreateAsync();
        // A keeps the default 24 months; B keeps 6.
        await world.InDatabaseAsync(db => db.Structures.Where(s => s.Id == world.StructureB.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.RetentionMonths, 6)));
        var oldInA = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Ancien", Now.AddMonths(-25));
        var recentInA = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Récent", Now.AddMonths(-10));
        var sevenMonthsInB = await PrivacyData.AddPersonAsync(world, world.StructureB.Id, "Sept mois", Now.AddMonths(-7));
        var fiveMonthsInB = await PrivacyData.AddPersonAsync(world, world.StructureB.Id, "Cinq mois", Now.AddMonths(-5));
        await PrivacyData.AddNoteAsync(world, oldInA.Id, "Ancienne note");

        var report = await Rule(world, new FixedClock(Now)).ApplyAsync();

        Assert.Equal(2, report.PeopleErased);
        var left = await world.InDatabaseAsync(db => db.Beneficiaries.Select(b => b.Id).ToListAsync());
        Assert.Equal(new[] { recentInA.Id, fiveMonthsInB.Id }.Order(), left.Order());
        Assert.False(await world.InDatabaseAsync(db => db.BeneficiaryNotes.AnyAsync()));
        var audit = await world.InDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.RetentionErased).ToListAsync());
        Assert.Equal(new[] { oldInA.Pseudonym, sevenMonthsInB.Pseudonym }.Order(), audit.Select(a => a.TargetId).Order());
        Assert.All(audit, a =>
        {
            Assert.Equal("system", a.UserName);
            Assert.Null(a.UserId);
            Assert.Equal(Now, a.At);
        });
        Assert.Equal(world.StructureB.Id, audit.Single(a => a.TargetId == sevenMonthsInB.Pseudonym).StructureId);
    }

    [Fact]
    public async Task A_check_taken_recently_keeps_its_person_even_if_the_record_itself_is_old()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane", Now.AddMonths(-30));
        await PrivacyData.FinishedCheckAsync(world, person.Id); // the check service's clock: today
        await world.InDatabaseAsync(db => db.Beneficiaries.Where(b => b.Id == person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.LastActivityAt, DateTimeOffset.UtcNow.AddMonths(-30))));
        var clock = new FixedClock(DateTimeOffset.UtcNow.AddMonths(1));

        Assert.Equal(0, (await Rule(world, clock).ApplyAsync()).PeopleErased);

        clock.Now = DateTimeOffset.UtcNow.AddMonths(25);
        Assert.Equal(1, (await Rule(world, clock).ApplyAsync()).PeopleErased);
        Assert.False(await world.InDatabaseAsync(db => db.Checks.AnyAsync()));
    }

    [Fact]
    public async Task Invitations_never_started_are_erased_after_30_days_and_the_person_stays()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        var checks = world.Factory.Services.GetRequiredService<Features.Check.CheckService>();
        string inviter = await world.InDatabaseAsync(db => db.Users.Select(u => u.Id).FirstAsync());
        var invitation = await checks.InviteAsync(person.Id, inviter);
        var started = await PrivacyData.FinishedCheckAsync(world, person.Id);

        var tooEarly = await Rule(world, new FixedClock(DateTimeOffset.UtcNow.AddDays(29))).ApplyAsync();
        Assert.Equal(0, tooEarly.InvitationsErased);

        var later = await Rule(world, new FixedClock(DateTimeOffset.UtcNow.AddDays(31))).ApplyAsync();
        Assert.Equal(new RetentionReport(0, 1), later);
        var left = await world.InDatabaseAsync(db => db.Checks.Select(c => c.Id).ToListAsync());
        Assert.Equal([started], left);
        Assert.DoesNotContain(invitation.CheckId, left);
        Assert.True(await world.InDatabaseAsync(db => db.Beneficiaries.AnyAsync(b => b.Id == person.Id)));
        var entry = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.RetentionErased));
        Assert.Equal(invitation.CheckId.ToString(), entry.TargetId);
    }

    [Fact]
    public async Task A_check_whose_person_said_no_goes_after_30_days_and_kiosk_checks_after_the_structure_s_retention()
    {
        await using var world = await StaffWorld.CreateAsync();
        var checks = world.Factory.Services.GetRequiredService<Features.Check.CheckService>();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        var refused = await checks.InviteAsync(person.Id, "someone");
        await checks.ConsentAsync(refused.Code, agree: false);
        var kiosk = await checks.StartAsync("fr", world.StructureA.Id, kiosk: true);
        var publicCheck = await checks.StartAsync("fr");

        var soon = await Rule(world, new FixedClock(DateTimeOffset.UtcNow.AddDays(29))).ApplyAsync();
        Assert.Equal(0, soon.InvitationsErased);
        await Rule(world, new FixedClock(DateTimeOffset.UtcNow.AddDays(31))).ApplyAsync();
        var left = await world.InDatabaseAsync(db => db.Checks.Select(c => c.Id).ToListAsync());
        Assert.DoesNotContain(refused.CheckId, left);
        Assert.Contains(kiosk.Id, left);

        await Rule(world, new FixedClock(DateTimeOffset.UtcNow.AddMonths(25))).ApplyAsync();
        left = await world.InDatabaseAsync(db => db.Checks.Select(c => c.Id).ToListAsync());
        Assert.DoesNotContain(kiosk.Id, left);
        Assert.Contains(publicCheck.Id, left); // no structure, no name: kept for calibration
    }

    [Fact]
    public async Task The_job_applies_the_rule_soon_after_start_up()
    {
        await using var world = await StaffWorld.CreateAsync();
        var old = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Ancien", DateTimeOffset.UtcNow.AddYears(-3));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Retention:FirstRunAfterMinutes"] = "0" }).Build();
        using var job = new RetentionJob(Rule(world, TimeProvider.System), configuration, TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<RetentionJob>.Instance);

        await job.StartAsync(CancellationToken.None);
        for (int i = 0; i < 100 && await world.InDatabaseAsync(db => db.Beneficiaries.AnyAsync(b => b.Id == old.Id)); i++) await Task.Delay(100);
        await job.StopAsync(CancellationToken.None);

        Assert.False(await world.InDatabaseAsync(db => db.Beneficiaries.AnyAsync(b => b.Id == old.Id)));
    }
}
