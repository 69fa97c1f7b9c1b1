using System.Net;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Follow;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Follow;

/// <summary>
/// The follow-up hub with a real SignalR client against the running test server: who hears which
/// check. "Hears nothing" is proved without sleeping: messages reach a connection in the order they
/// were sent, so when a later message has arrived, an earlier one would have arrived first.
/// </summary>
public sealed class FollowHubTests
{
    [Fact]
    public async Task A_mediator_hears_a_check_of_their_structure_start_answer_and_finish()
    {
        await using var world = await StaffWorld.CreateAsync();
        await using var mediator = await FollowHubClient.ConnectAsync(world, StaffWorld.MediatorA);
        var person = await AddPersonAsync(world, world.StructureA.Id, "Camille");
        var checks = world.Factory.Services.GetRequiredService<CheckService>();

        var invitation = await checks.InviteAsync(person, "staff-id");
        var invited = await mediator.NextAsync();
        Assert.Equal(invitation.CheckId, invited.CheckId);
        Assert.Equal(world.StructureA.Id, invited.StructureId);
        Assert.Equal(person, invited.BeneficiaryId);
        Assert.Equal("Camille", invited.Nickname);
        Assert.Equal(CheckStage.Practice, invited.Stage);
        Assert.Equal(0, invited.Answered);

        var state = await checks.BeginQuestionsAsync(invitation.Code);
        var started = await mediator.NextAsync();
        Assert.Equal(CheckStage.Questions, started.Stage);
        Assert.False(string.IsNullOrEmpty(started.DomainId));
        Assert.False(string.IsNullOrEmpty(started.DomainNameFr));
        Assert.False(string.IsNullOrEmpty(started.DomainNameEn));

        int answers = 0;
        CheckFollowUp last = started;
        while (state.Stage != CheckStage.Finished)
        {
            state = (await checks.AnswerAsync(invitation.Code, state.CurrentItem!.Id, Response.DontKnow)).State;
            answers++;
            last = await mediator.NextAsync();
            Assert.Equal(answers, last.Answered);
            Assert.Equal("Camille", last.Nickname);
        }
        Assert.Equal(CheckStage.Finished, last.Stage);
        Assert.NotNull(last.FinishedAt);
        Assert.True(answers > 1, $"the check finished after {answers} answer(s)");
    }

    [Fact]
    public async Task A_mediator_of_another_structure_hears_nothing_of_it()
    {
        await using var world = await StaffWorld.CreateAsync();
        await using var mediatorA = await FollowHubClient.ConnectAsync(world, StaffWorld.MediatorA);
        await using var mediatorB = await FollowHubClient.ConnectAsync(world, StaffWorld.MediatorB);
        var checks = world.Factory.Services.GetRequiredService<CheckService>();

        var ofA = await checks.InviteAsync(await AddPersonAsync(world, world.StructureA.Id, "Alix"), "staff-id");
        await checks.BeginQuestionsAsync(ofA.Code);
        Assert.Equal(ofA.CheckId, (await mediatorA.NextAsync()).CheckId);
        var ofB = await checks.InviteAsync(await AddPersonAsync(world, world.StructureB.Id, "Basile"), "staff-id");

        var firstHeardByB = await mediatorB.NextAsync();
        Assert.Equal(ofB.CheckId, firstHeardByB.CheckId);
        Assert.Equal("Basile", firstHeardByB.Nickname);
    }

    [Fact]
    public async Task A_check_without_record_is_followed_by_its_structure_and_one_without_structure_by_nobody()
    {
        await using var world = await StaffWorld.CreateAsync();
        await using var mediator = await FollowHubClient.ConnectAsync(world, StaffWorld.MediatorA);
        var checks = world.Factory.Services.GetRequiredService<CheckService>();

        await checks.StartAsync(); // anonymous, no structure
        var kiosk = await checks.StartAsync(structureId: world.StructureA.Id);

        var first = await mediator.NextAsync();
        Assert.Equal(kiosk.Id, first.CheckId);
        Assert.Null(first.BeneficiaryId);
        Assert.Null(first.Nickname);
    }

    [Fact]
    public async Task Watching_a_structure_one_is_not_a_member_of_is_refused()
    {
        await using var world = await StaffWorld.CreateAsync();
        await using var mediator = await FollowHubClient.ConnectAsync(world, StaffWorld.MediatorA);

        var refused = await Assert.ThrowsAsync<HubException>(() => mediator.Connection.InvokeAsync(nameof(FollowHub.Watch), world.StructureB.Id));
        Assert.Contains("not a member", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watching_one_of_ones_structures_narrows_to_it()
    {
        await using var world = await StaffWorld.CreateAsync();
        const string both = "mediator-ab@test.evalnumerique.test";
        await world.AddUserAsync(both, StaffRoles.Mediator, world.StructureA.Id, world.StructureB.Id);
        await using var mediator = await FollowHubClient.ConnectAsync(world, both);
        var checks = world.Factory.Services.GetRequiredService<CheckService>();

        await mediator.Connection.InvokeAsync(nameof(FollowHub.Watch), world.StructureB.Id);
        await checks.StartAsync(structureId: world.StructureA.Id);
        var ofB = await checks.StartAsync(structureId: world.StructureB.Id);

        Assert.Equal(ofB.Id, (await mediator.NextAsync()).CheckId);
    }

    [Fact]
    public async Task A_staff_member_of_no_structure_hears_nothing_until_made_a_member()
    {
        await using var world = await StaffWorld.CreateAsync();
        await using var admin = await FollowHubClient.ConnectAsync(world, StaffWorld.Admin);
        await using var mediatorA = await FollowHubClient.ConnectAsync(world, StaffWorld.MediatorA);
        var checks = world.Factory.Services.GetRequiredService<CheckService>();

        var before = await checks.StartAsync(structureId: world.StructureA.Id);
        Assert.Equal(before.Id, (await mediatorA.NextAsync()).CheckId); // it was sent
        string adminId = await world.InDatabaseAsync(async db => (await db.Users.SingleAsync(u => u.Email == StaffWorld.Admin)).Id);
        await world.InDatabaseAsync(async db =>
        {
            db.StructureMemberships.Add(new StructureMembership { UserId = adminId, StructureId = world.StructureA.Id });
            return await db.SaveChangesAsync();
        });
        await admin.Connection.InvokeAsync(nameof(FollowHub.WatchAll));
        var after = await checks.StartAsync(structureId: world.StructureA.Id);

        Assert.Equal(after.Id, (await admin.NextAsync()).CheckId);
    }

    [Fact]
    public async Task A_membership_removed_or_an_account_locked_by_an_admin_stops_the_live_updates_at_once()
    {
        await using var world = await StaffWorld.CreateAsync();
        string mediatorId = await world.InDatabaseAsync(async db => (await db.Users.SingleAsync(u => u.Email == StaffWorld.MediatorA)).Id);
        await world.InDatabaseAsync(async db =>
        {
            db.StructureMemberships.Add(new StructureMembership { UserId = mediatorId, StructureId = world.StructureB.Id });
            return await db.SaveChangesAsync();
        });
        await using var mediator = await FollowHubClient.ConnectAsync(world, StaffWorld.MediatorA); // hears A and B
        var checks = world.Factory.Services.GetRequiredService<CheckService>();
        var accounts = world.Factory.Services.GetRequiredService<EvalNumerique.Web.Features.Admin.AccountAdmin>();
        var admin = (await world.Factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<StaffAccess>()
            .ScopeAsync(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier,
                    await world.InDatabaseAsync(async db => (await db.Users.SingleAsync(u => u.Email == StaffWorld.Admin)).Id))]))))!;

        // The admin takes structure A away; the open connection stops hearing A at once.
        var form = new EvalNumerique.Web.Features.Admin.AccountForm { Id = mediatorId, Email = StaffWorld.MediatorA, DisplayName = "mediator-a", Role = StaffRoles.Mediator, StructureIds = [world.StructureB.Id] };
        Assert.Empty((await accounts.UpdateAsync(admin, form)).Problems);
        var ofA = await checks.StartAsync(structureId: world.StructureA.Id);
        var ofB = await checks.StartAsync(structureId: world.StructureB.Id);
        Assert.Equal(ofB.Id, (await mediator.NextAsync()).CheckId);

        // Locked: nothing at all any more.
        await accounts.SetLockedAsync(admin, mediatorId, locked: true);
        await using var other = await FollowHubClient.ConnectAsync(world, StaffWorld.MediatorB);
        await checks.StartAsync(structureId: world.StructureB.Id);
        var ofBAgain = await other.NextAsync();
        var last = await checks.StartAsync(structureId: world.StructureB.Id);
        Assert.Equal(last.Id, (await other.NextAsync()).CheckId);
        Assert.NotEqual(ofA.Id, ofBAgain.CheckId);
        // Messages to two connections are not ordered between them: the other has heard two later ones, a fair bound.
        Assert.False(mediator.Received.TryRead(out var heard), $"a locked account still heard {heard?.CheckId}");
    }

    [Fact]
    public async Task An_anonymous_connection_is_refused()
    {
        await using var world = await StaffWorld.CreateAsync();
        await using var connection = FollowHubClient.Build(world, cookie: null);

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_trainer_is_refused()
    {
        await using var world = await StaffWorld.CreateAsync();
        await using var connection = FollowHubClient.Build(world, await FollowHubClient.StaffCookieAsync(world, StaffWorld.Trainer));

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static Task<Guid> AddPersonAsync(StaffWorld world, int structureId, string nickname) =>
        world.InDatabaseAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var person = new Beneficiary
            {
                Id = Guid.NewGuid(), StructureId = structureId, Nickname = nickname,
                CreatedAt = now, LastActivityAt = now, ConsentAt = now, ConsentVersion = "test",
            };
            db.Beneficiaries.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
}
