using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Mediation.People;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Mediation.People;

public sealed class PeopleServiceTests
{
    [Fact]
    public async Task A_mediator_lists_only_the_people_of_their_structures()
    {
        await using var world = await StaffWorld.CreateAsync();
        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id, "Mireille");
        var bruno = await world.CreatePersonAsync(StaffWorld.MediatorB, world.StructureB.Id, "Bruno");

        var seenByA = await world.People().ListAsync(await world.ScopeOfAsync(StaffWorld.MediatorA));
        var seenByB = await world.People().ListAsync(await world.ScopeOfAsync(StaffWorld.MediatorB));

        Assert.Equal([mireille], seenByA.Select(r => r.Id));
        Assert.Equal([bruno], seenByB.Select(r => r.Id));
        Assert.Equal([world.StructureA.Id], (await world.People().StructuresAsync(await world.ScopeOfAsync(StaffWorld.MediatorA))).Select(s => s.Id));
    }

    [Fact]
    public async Task A_mediator_of_A_can_neither_read_edit_annotate_nor_invite_a_person_of_B()
    {
        await using var world = await StaffWorld.CreateAsync();
        var bruno = await world.CreatePersonAsync(StaffWorld.MediatorB, world.StructureB.Id, "Bruno");
        var checkOfB = await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.BeneficiaryId == bruno));
        int auditBefore = await world.InDatabaseAsync(db => db.AuditEntries.CountAsync());
        var a = await world.ScopeOfAsync(StaffWorld.MediatorA);

        Assert.Null(await world.People().GetAsync(a, bruno));
        Assert.Null(await world.People().ViewAsync(a, bruno));
        Assert.True((await world.People().EditAsync(a, bruno, new PersonInput { Nickname = "Changed" })).NotFound);
        Assert.True((await world.People().AddNoteAsync(a, bruno, "A note")).NotFound);
        Assert.Null(await world.Invitations().CreateAsync(a, bruno));
        Assert.Null(await world.Invitations().FindAsync(a, checkOfB.Id));

        await world.InDatabaseAsync(async db =>
        {
            Assert.Equal("Bruno", (await db.Beneficiaries.SingleAsync(b => b.Id == bruno)).Nickname);
            Assert.Equal(0, await db.BeneficiaryNotes.CountAsync());
            Assert.Equal(1, await db.Checks.CountAsync(c => c.BeneficiaryId == bruno));
            Assert.Equal(auditBefore, await db.AuditEntries.CountAsync()); // nothing happened, nothing was viewed
            return 0;
        });
    }

    [Fact]
    public async Task An_admin_who_belongs_to_no_structure_sees_and_creates_nothing()
    {
        await using var world = await StaffWorld.CreateAsync();
        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id);
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);
        Assert.True(admin.IsAdmin);

        Assert.Empty(await world.People().ListAsync(admin));
        Assert.Empty(await world.People().StructuresAsync(admin));
        Assert.Null(await world.People().GetAsync(admin, mireille));
        Assert.Null(await world.Invitations().CreateAsync(admin, mireille));
        var created = await world.People().CreateAsync(admin, new PersonInput { Nickname = "Jo", StructureId = world.StructureA.Id });
        Assert.Equal("StructureNotYours", created.Errors[PersonField.Structure]);
    }

    [Fact]
    public async Task A_person_is_created_only_in_the_staff_members_own_structures()
    {
        await using var world = await StaffWorld.CreateAsync();
        var result = await world.People().CreateAsync(await world.ScopeOfAsync(StaffWorld.MediatorA),
            new PersonInput { Nickname = "Jo", StructureId = world.StructureB.Id });

        Assert.False(result.Succeeded);
        Assert.Equal("StructureNotYours", result.Errors[PersonField.Structure]);
        Assert.Equal(0, await world.InDatabaseAsync(db => db.Beneficiaries.CountAsync()));
    }

    [Fact]
    public async Task The_server_refuses_a_missing_nickname_and_a_social_security_number()
    {
        await using var world = await StaffWorld.CreateAsync();
        var a = await world.ScopeOfAsync(StaffWorld.MediatorA);
        var result = await world.People().CreateAsync(a, new PersonInput { Nickname = "  ", LocalReference = "1 85 05 75 123 456 78", StructureId = world.StructureA.Id });

        Assert.Equal("NicknameRequired", result.Errors[PersonField.Nickname]);
        Assert.Equal("ReferenceLooksLikeNir", result.Errors[PersonField.LocalReference]);
        Assert.Equal(0, await world.InDatabaseAsync(db => db.Beneficiaries.CountAsync()));

        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id);
        var edit = await world.People().EditAsync(a, mireille, new PersonInput { Nickname = "Mireille", LocalReference = "185057512345678" });
        Assert.Equal("ReferenceLooksLikeNir", edit.Errors[PersonField.LocalReference]);
        Assert.Null((await world.InDatabaseAsync(db => db.Beneficiaries.SingleAsync())).LocalReference);
    }

    [Fact]
    public async Task Creating_a_person_saves_the_record_and_an_invitation_that_asks_for_consent_first()
    {
        await using var world = await StaffWorld.CreateAsync();
        var a = await world.ScopeOfAsync(StaffWorld.MediatorA);
        var result = await world.People().CreateAsync(a, new PersonInput { Nickname = "  Mireille ", BirthDecade = 1950, LocalReference = " DOS-42 ", StructureId = world.StructureA.Id });

        Assert.True(result.Succeeded);
        var invitation = Assert.IsType<Features.Check.Invitation>(result.Invitation);
        await world.InDatabaseAsync(async db =>
        {
            var person = await db.Beneficiaries.SingleAsync(b => b.Id == result.PersonId);
            Assert.Equal(("Mireille", 1950, "DOS-42", world.StructureA.Id, a.UserId), (person.Nickname, person.BirthDecade, person.LocalReference, person.StructureId, person.CreatedById));
            Assert.Null(person.ConsentAt);
            var check = await db.Checks.SingleAsync(c => c.Id == invitation.CheckId);
            Assert.Equal(person.Id, check.BeneficiaryId);
            Assert.Equal(world.StructureA.Id, check.StructureId);
            Assert.Equal(CheckStage.Consent, check.Stage);
            Assert.Equal(invitation.Token, check.InvitationToken);
            Assert.Equal(a.UserId, check.InvitedById);
            var audit = await db.AuditEntries.Where(e => e.UserId == a.UserId && e.Action != AuditActions.SignedIn).OrderBy(e => e.Id).ToListAsync();
            Assert.Equal([AuditActions.CreatedPerson, AuditActions.CreatedInvitation], audit.Select(e => e.Action));
            Assert.All(audit, e => Assert.Equal(world.StructureA.Id, e.StructureId));
            Assert.All(audit, e => Assert.DoesNotContain("Mireille", $"{e.TargetId} {e.Detail}", StringComparison.Ordinal));
            return 0;
        });
    }

    [Fact]
    public async Task A_new_check_for_a_person_who_consented_earlier_starts_with_the_how_to()
    {
        await using var world = await StaffWorld.CreateAsync();
        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id);
        await world.InDatabaseAsync(async db =>
        {
            var person = await db.Beneficiaries.SingleAsync(b => b.Id == mireille);
            person.ConsentAt = DateTimeOffset.UtcNow.AddDays(-30);
            person.ConsentVersion = "1";
            return await db.SaveChangesAsync();
        });

        var invitation = await world.Invitations().CreateAsync(await world.ScopeOfAsync(StaffWorld.MediatorA), mireille);

        Assert.NotNull(invitation);
        Assert.Equal(CheckStage.Practice, (await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.Id == invitation.CheckId))).Stage);
        var view = await world.Invitations().FindAsync(await world.ScopeOfAsync(StaffWorld.MediatorA), invitation.CheckId);
        Assert.Equal((invitation.Code, invitation.Path, "Mireille", (Guid?)mireille), (view!.Code, view.Path, view.Nickname, view.PersonId));
    }

    [Fact]
    public async Task The_list_shows_the_number_of_checks_and_where_the_last_one_stands()
    {
        await using var world = await StaffWorld.CreateAsync();
        var a = await world.ScopeOfAsync(StaffWorld.MediatorA);
        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id, "Mireille", 1950, "DOS-42");
        var second = await world.Invitations().CreateAsync(a, mireille);
        await world.InDatabaseAsync(async db =>
        {
            var check = await db.Checks.SingleAsync(c => c.Id == second!.CheckId);
            check.Stage = CheckStage.Finished;
            check.FinishedAt = check.UpdatedAt = check.CreatedAt.AddMinutes(12);
            return await db.SaveChangesAsync();
        });

        var row = Assert.Single(await world.People().ListAsync(a));
        Assert.Equal(("Mireille", 1950, "DOS-42", 2), (row.Nickname, row.BirthDecade, row.LocalReference, row.CheckCount));
        Assert.Equal(CheckStatusKind.Finished, row.LastCheckStatus?.Kind);
        Assert.Matches("^P-[0-9A-F]{8}$", row.Pseudonym);
        Assert.Equal("CCAS A", row.StructureName);

        var person = await world.People().GetAsync(a, mireille);
        Assert.Equal([CheckStatusKind.Finished, CheckStatusKind.Waiting], person!.Checks.Select(c => c.Status.Kind));
        Assert.Equal([false, true], person.Checks.Select(c => c.CanShowInvitation));
    }

    [Fact]
    public async Task Viewing_a_person_is_written_in_the_audit_log()
    {
        await using var world = await StaffWorld.CreateAsync();
        var a = await world.ScopeOfAsync(StaffWorld.MediatorA);
        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id);

        await world.People().GetAsync(a, mireille);
        Assert.Equal(0, await world.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ViewedPerson)));
        Assert.NotNull(await world.People().ViewAsync(a, mireille));

        var viewed = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.ViewedPerson));
        Assert.Equal((a.UserId, "beneficiary", mireille.ToString(), (int?)world.StructureA.Id), (viewed.UserId, viewed.TargetKind, viewed.TargetId, viewed.StructureId));
    }

    [Fact]
    public async Task Notes_are_signed_dated_newest_first_and_their_text_never_reaches_the_audit_log()
    {
        await using var world = await StaffWorld.CreateAsync();
        var a = await world.ScopeOfAsync(StaffWorld.MediatorA);
        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id);

        Assert.True((await world.People().AddNoteAsync(a, mireille, "Rendez-vous CAF mardi")).Added);
        Assert.True((await world.People().AddNoteAsync(a, mireille, "  Atelier e-mail à l'EPN  ")).Added);
        Assert.Equal("NoteRequired", (await world.People().AddNoteAsync(a, mireille, "   ")).ErrorKey);
        Assert.Equal("NoteTooLong", (await world.People().AddNoteAsync(a, mireille, new string('x', BeneficiaryNote.MaxLength + 1))).ErrorKey);

        var notes = (await world.People().GetAsync(a, mireille))!.Notes;
        Assert.Equal(["Atelier e-mail à l'EPN", "Rendez-vous CAF mardi"], notes.Select(n => n.Text));
        Assert.All(notes, n => Assert.Equal(a.Name, n.AuthorName));
        Assert.True(notes[0].CreatedAt >= notes[1].CreatedAt);
        await world.InDatabaseAsync(async db =>
        {
            var audit = await db.AuditEntries.Where(e => e.Action == AuditActions.AddedNote).ToListAsync();
            Assert.Equal(2, audit.Count);
            Assert.All(audit, e => Assert.DoesNotContain("CAF", $"{e.TargetId} {e.Detail}", StringComparison.Ordinal));
            Assert.All(audit, e => Assert.DoesNotContain("Atelier", $"{e.TargetId} {e.Detail}", StringComparison.Ordinal));
            return 0;
        });
    }

    [Fact]
    public async Task A_note_written_by_mistake_can_be_deleted_in_the_structure_only_and_its_text_is_gone()
    {
        await using var world = await StaffWorld.CreateAsync();
        var a = await world.ScopeOfAsync(StaffWorld.MediatorA);
        var b = await world.ScopeOfAsync(StaffWorld.MediatorB);
        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id);
        await world.People().AddNoteAsync(a, mireille, "Diabète (à ne pas noter ici)");
        long noteId = (await world.People().GetAsync(a, mireille))!.Notes.Single().Id;

        Assert.False(await world.People().DeleteNoteAsync(b, mireille, noteId));
        Assert.Single((await world.People().GetAsync(a, mireille))!.Notes);

        Assert.True(await world.People().DeleteNoteAsync(a, mireille, noteId));
        Assert.Empty((await world.People().GetAsync(a, mireille))!.Notes);
        Assert.False(await world.People().DeleteNoteAsync(a, mireille, noteId));
        var entry = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.DeletedNote));
        Assert.Equal(a.UserId, entry.UserId);
        Assert.DoesNotContain("Diabète", $"{entry.TargetId} {entry.Detail}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_person_keeps_the_structure_and_audits_which_fields_changed_not_their_values()
    {
        await using var world = await StaffWorld.CreateAsync();
        var a = await world.ScopeOfAsync(StaffWorld.MediatorA);
        var mireille = await world.CreatePersonAsync(StaffWorld.MediatorA, world.StructureA.Id, "Mireille");

        var result = await world.People().EditAsync(a, mireille, new PersonInput { Nickname = "Mimi", BirthDecade = 1940, LocalReference = "", StructureId = world.StructureB.Id });

        Assert.True(result.Succeeded);
        var person = await world.InDatabaseAsync(db => db.Beneficiaries.SingleAsync(b => b.Id == mireille));
        Assert.Equal(("Mimi", 1940, world.StructureA.Id), (person.Nickname, person.BirthDecade, person.StructureId));
        var edited = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.EditedPerson));
        Assert.Equal("nickname, birth-decade", edited.Detail);

        Assert.True((await world.People().EditAsync(a, mireille, new PersonInput { Nickname = "Mimi", BirthDecade = 1940 })).Succeeded);
        Assert.Equal(1, await world.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.EditedPerson))); // nothing changed, nothing logged
    }
}
