using System.Net;
using System.Net.Http.Json;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Check;

/// <summary>An invited person is asked once, in plain words, whether their answers may be kept; nothing skips the question.</summary>
public sealed class ConsentTests
{
    private static async Task<(StaffWorld World, Guid Person, Invitation Invitation)> InviteAsync()
    {
        var world = await StaffWorld.CreateAsync();
        var person = await world.InDatabaseAsync(async db =>
        {
            var p = new Beneficiary { Id = Guid.NewGuid(), Nickname = "Josette", StructureId = world.StructureA.Id, CreatedAt = DateTimeOffset.UtcNow, LastActivityAt = DateTimeOffset.UtcNow };
            db.Beneficiaries.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var invitation = await Checks(world).InviteAsync(person, "someone");
        return (world, person, invitation);
    }

    private static CheckService Checks(StaffWorld world) => world.Factory.Services.GetRequiredService<CheckService>();

    [Fact]
    public async Task An_invitation_opens_on_the_consent_question_with_an_unguessable_link()
    {
        var (world, _, invitation) = await InviteAsync();
        await using var _ = world;
        var state = await Checks(world).FindAsync(invitation.Code);
        Assert.Equal(CheckStage.Consent, state!.Stage);
        Assert.Equal(22, invitation.Token.Length); // 128 bits, base64url
        Assert.Equal(invitation.Code, await Checks(world).CodeOfInvitationAsync(invitation.Token));
        Assert.Null(await Checks(world).CodeOfInvitationAsync(invitation.Token[..^1] + (invitation.Token[^1] == 'A' ? 'B' : 'A')));
        Assert.Equal("CCAS A", await Checks(world).StructureNameAsync(invitation.Code));
    }

    [Fact]
    public async Task Yes_dates_the_consent_on_the_record_and_the_next_invitation_skips_the_question()
    {
        var (world, person, invitation) = await InviteAsync();
        await using var _ = world;
        var state = await Checks(world).ConsentAsync(invitation.Code, agree: true);
        Assert.Equal(CheckStage.Practice, state.Stage);
        var record = await world.InDatabaseAsync(db => db.Beneficiaries.SingleAsync(b => b.Id == person));
        Assert.NotNull(record.ConsentAt);
        Assert.Equal(ConsentText.Version, record.ConsentVersion);
        var check = await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.Id == invitation.CheckId));
        Assert.Equal(person, check.BeneficiaryId);

        var second = await Checks(world).InviteAsync(person, "someone");
        Assert.Equal(CheckStage.Practice, (await Checks(world).FindAsync(second.Code))!.Stage);
    }

    [Fact]
    public async Task No_lets_the_person_take_the_check_detached_from_their_record()
    {
        var (world, person, invitation) = await InviteAsync();
        await using var _ = world;
        var state = await Checks(world).ConsentAsync(invitation.Code, agree: false);
        Assert.Equal(CheckStage.Practice, state.Stage);
        var check = await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.Id == invitation.CheckId));
        Assert.Null(check.BeneficiaryId);
        Assert.True(check.ConsentRefused);
        Assert.Equal(world.StructureA.Id, check.StructureId);
        Assert.Null((await world.InDatabaseAsync(db => db.Beneficiaries.SingleAsync(b => b.Id == person))).ConsentAt);

        // The answer is given once: a second tab saying yes later changes nothing.
        await Checks(world).ConsentAsync(invitation.Code, agree: true);
        Assert.Null((await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.Id == invitation.CheckId))).BeneficiaryId);
    }

    [Fact]
    public async Task Neither_the_pages_nor_the_api_can_skip_the_consent_question()
    {
        var (world, _, invitation) = await InviteAsync();
        await using var _ = world;
        var checks = Checks(world);
        await Assert.ThrowsAsync<CheckProblemException>(() => checks.BeginQuestionsAsync(invitation.Code));
        await Assert.ThrowsAsync<CheckProblemException>(() => checks.SaveNeedsAsync(invitation.Code, [], new Dictionary<string, string>()));
        await Assert.ThrowsAsync<CheckProblemException>(() => checks.AnswerAsync(invitation.Code, "any", Response.DontKnow));

        var api = world.Anonymous();
        Assert.Equal(HttpStatusCode.Conflict, (await api.GetAsync($"/api/v1/checks/{invitation.Code}/item")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PostAsJsonAsync($"/api/v1/checks/{invitation.Code}/consent", new { })).StatusCode);
        var consent = await api.PostAsJsonAsync($"/api/v1/checks/{invitation.Code}/consent", new { agree = true });
        Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/checks/{invitation.Code}/item")).StatusCode);
    }
}
