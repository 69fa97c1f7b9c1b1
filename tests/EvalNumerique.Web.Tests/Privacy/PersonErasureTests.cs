using System.Net;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Privacy;

public sealed class PersonErasureTests
{
    [Fact]
    public async Task Erasure_removes_record_checks_answers_and_notes_and_logs_only_the_pseudonym()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        var checkId = await PrivacyData.FinishedCheckAsync(world, person.Id);
        await PrivacyData.AddNoteAsync(world, person.Id, "Vient le mardi.");
        var kept = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Marcel");
        var erasure = world.Factory.Services.GetRequiredService<PersonErasure>();
        var mediator = await world.ScopeOfAsync(StaffWorld.MediatorA);

        var summary = await erasure.SummaryAsync(mediator, person.Id);
        Assert.NotNull(summary);
        Assert.Equal((1, 1), (summary.Checks, summary.Notes));
        Assert.InRange(summary.Answers, 10, 20);

        Assert.Equal(ErasureOutcome.Erased, await erasure.EraseAsync(mediator, person.Id, "  josiane "));

        await world.InDatabaseAsync(async db =>
        {
            Assert.False(await db.Beneficiaries.AnyAsync(b => b.Id == person.Id));
            Assert.False(await db.Checks.AnyAsync(c => c.Id == checkId));
            Assert.False(await db.CheckAnswers.AnyAsync(a => a.CheckId == checkId));
            Assert.False(await db.BeneficiaryNotes.AnyAsync(n => n.BeneficiaryId == person.Id));
            Assert.True(await db.Beneficiaries.AnyAsync(b => b.Id == kept.Id));
            var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ErasedPerson);
            Assert.Equal(person.Pseudonym, entry.TargetId);
            Assert.Equal(world.StructureA.Id, entry.StructureId);
            Assert.DoesNotContain("Josiane", $"{entry.TargetId} {entry.Detail} {entry.TargetKind}", StringComparison.OrdinalIgnoreCase);
            return 0;
        });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Josian")]
    [InlineData("oui")]
    public async Task Without_the_person_s_nickname_typed_nothing_is_erased(string? typed)
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        var erasure = world.Factory.Services.GetRequiredService<PersonErasure>();

        var outcome = await erasure.EraseAsync(await world.ScopeOfAsync(StaffWorld.MediatorA), person.Id, typed);

        Assert.Equal(ErasureOutcome.ConfirmationMismatch, outcome);
        Assert.True(await world.InDatabaseAsync(db => db.Beneficiaries.AnyAsync(b => b.Id == person.Id)));
        Assert.False(await world.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ErasedPerson)));
    }

    [Fact]
    public async Task A_mediator_of_another_structure_or_a_non_member_admin_cannot_erase()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        var erasure = world.Factory.Services.GetRequiredService<PersonErasure>();

        foreach (string email in new[] { StaffWorld.MediatorB, StaffWorld.Admin })
        {
            var scope = await world.ScopeOfAsync(email);
            Assert.Null(await erasure.SummaryAsync(scope, person.Id));
            Assert.Equal(ErasureOutcome.NotFound, await erasure.EraseAsync(scope, person.Id, "Josiane"));
        }
        Assert.True(await world.InDatabaseAsync(db => db.Beneficiaries.AnyAsync(b => b.Id == person.Id)));
    }

    [Fact]
    public async Task The_erase_page_needs_a_mediator()
    {
        await using var world = await StaffWorld.CreateAsync();
        string path = $"/mediation/people/{Guid.NewGuid()}/erase";

        var anonymous = await world.Anonymous().GetAsync(path);
        var trainer = await (await world.SignInAsync(StaffWorld.Trainer)).GetAsync(path);
        var mediator = await (await world.SignInAsync(StaffWorld.MediatorA)).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith(AccountSetup.LoginPath, anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("/account/access-denied", trainer.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, mediator.StatusCode);
    }
}
