using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Mediation.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>
/// People's records for the mediator space. Every query is limited to the structures the staff
/// member belongs to (admins included); a record of another structure is answered as absent.
/// Each call is a short unit of work, safe to use from a long-lived circuit.
/// </summary>
public sealed class PeopleService(IDbContextFactory<EvalDbContext> dbFactory, InvitationService invitations, AuditLog audit, TimeProvider clock)
{
    private const string TargetKind = "beneficiary";

    /// <summary>The structures the staff member belongs to, by name.</summary>
    public async Task<IReadOnlyList<StructureChoice>> StructuresAsync(StaffScope scope, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.StructureIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var structures = await db.Structures.Where(s => visible.Contains(s.Id))
            .Select(s => new StructureChoice(s.Id, s.Name, s.IsDemo)).ToListAsync(cancel);
        return [.. structures.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>The people of the staff member's structures, with their last check; most recent activity first.</summary>
    public async Task<IReadOnlyList<PersonRow>> ListAsync(StaffScope scope, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.StructureIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var rows = await db.Beneficiaries.AsNoTracking()
            .Where(b => visible.Contains(b.StructureId))
            .OrderByDescending(b => b.LastActivityAt)
            .Select(b => new
            {
                b.Id,
                b.Nickname,
                b.StructureId,
                StructureName = b.Structure!.Name,
                b.Structure.IsDemo,
                b.BirthDecade,
                b.LocalReference,
                b.LastActivityAt,
                CheckCount = b.Checks.Count,
                Last = b.Checks.OrderByDescending(c => c.CreatedAt)
                    .Select(c => new { c.CreatedAt, c.UpdatedAt, c.Stage, Answered = c.Answers.Count })
                    .FirstOrDefault(),
            })
            .ToListAsync(cancel);
        return [.. rows.Select(r => new PersonRow(r.Id, r.Nickname, Pseudonym(r.Id), r.StructureId, r.StructureName, r.IsDemo, r.BirthDecade, r.LocalReference,
            r.CheckCount, r.Last?.CreatedAt, r.Last is null ? null : CheckStatus.Of(r.Last.Stage, r.Last.Answered, r.Last.CreatedAt, r.Last.UpdatedAt),
            r.LastActivityAt))];
    }

    /// <summary>A person's record, or null if it is not in the staff member's structures. Writes nothing.</summary>
    public async Task<PersonDetails?> GetAsync(StaffScope scope, Guid personId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.StructureIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.Beneficiaries.AsNoTracking()
            .Where(b => b.Id == personId && visible.Contains(b.StructureId))
            .Select(b => new
            {
                b.Id,
                b.Nickname,
                b.BirthDecade,
                b.LocalReference,
                b.StructureId,
                StructureName = b.Structure!.Name,
                b.Structure.IsDemo,
                b.CreatedAt,
                b.LastActivityAt,
                b.ConsentAt,
            })
            .FirstOrDefaultAsync(cancel);
        if (person is null) return null;
        var checks = await db.Checks.AsNoTracking()
            .Where(c => c.BeneficiaryId == personId)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.Id, c.CreatedAt, c.UpdatedAt, c.FinishedAt, c.Stage, Answered = c.Answers.Count, HasInvitation = c.InvitationToken != null })
            .ToListAsync(cancel);
        var notes = await db.BeneficiaryNotes.AsNoTracking()
            .Where(n => n.BeneficiaryId == personId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new PersonNote(n.Id, n.AuthorName, n.CreatedAt, n.Text))
            .ToListAsync(cancel);
        return new PersonDetails(person.Id, person.Nickname, Pseudonym(person.Id), person.BirthDecade, person.LocalReference, person.StructureId,
            person.StructureName, person.IsDemo, person.CreatedAt, person.LastActivityAt, person.ConsentAt,
            [.. checks.Select(c => new PersonCheck(c.Id, c.CreatedAt, c.FinishedAt, CheckStatus.Of(c.Stage, c.Answered, c.CreatedAt, c.UpdatedAt), c.HasInvitation))],
            notes);
    }

    /// <summary>Opens a person's page: the record, and a line in the audit log saying who viewed it.</summary>
    public async Task<PersonDetails?> ViewAsync(StaffScope scope, Guid personId, CancellationToken cancel = default)
    {
        var person = await GetAsync(scope, personId, cancel);
        if (person is not null)
            await audit.RecordAsync(scope, AuditActions.ViewedPerson, TargetKind, person.Id.ToString(), person.StructureId, cancel: cancel);
        return person;
    }

    /// <summary>Creates a record in one of the staff member's structures, then its first invitation.</summary>
    public async Task<PersonResult> CreateAsync(StaffScope scope, PersonInput input, string language = "fr", CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var errors = PersonValidation.Validate(input, scope.StructureIds);
        if (errors.Count > 0) return PersonResult.Refused(errors);

        var now = clock.GetUtcNow();
        var person = new Beneficiary
        {
            Id = Guid.NewGuid(),
            StructureId = input.StructureId!.Value,
            Nickname = input.Nickname.Trim(),
            BirthDecade = input.BirthDecade,
            LocalReference = Blank(input.LocalReference),
            CreatedAt = now,
            CreatedById = scope.UserId,
            LastActivityAt = now,
        };
        await using (var db = await dbFactory.CreateDbContextAsync(cancel))
        {
            db.Beneficiaries.Add(person);
            db.AuditEntries.Add(audit.Entry(scope, AuditActions.CreatedPerson, TargetKind, person.Id.ToString(), person.StructureId));
            await db.SaveChangesAsync(cancel);
        }
        var invitation = await invitations.CreateAsync(scope, person.Id, language, cancel);
        return PersonResult.Saved(person.Id, invitation);
    }

    /// <summary>Changes the nickname, decade of birth or reference of a record; the structure stays.</summary>
    public async Task<PersonResult> EditAsync(StaffScope scope, Guid personId, PersonInput input, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        var visible = scope.StructureIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == personId && visible.Contains(b.StructureId), cancel);
        if (person is null) return PersonResult.Missing;
        var errors = PersonValidation.Validate(input, allowedStructures: null);
        if (errors.Count > 0) return PersonResult.Refused(errors);

        var changed = new List<string>();
        string nickname = input.Nickname.Trim();
        string? reference = Blank(input.LocalReference);
        if (person.Nickname != nickname) changed.Add("nickname");
        if (person.BirthDecade != input.BirthDecade) changed.Add("birth-decade");
        if (person.LocalReference != reference) changed.Add("local-reference");
        if (changed.Count == 0) return PersonResult.Saved(person.Id);

        person.Nickname = nickname;
        person.BirthDecade = input.BirthDecade;
        person.LocalReference = reference;
        person.LastActivityAt = clock.GetUtcNow();
        // The audit says which fields changed, never their values (they are personal data).
        db.AuditEntries.Add(audit.Entry(scope, AuditActions.EditedPerson, TargetKind, person.Id.ToString(), person.StructureId, string.Join(", ", changed)));
        await db.SaveChangesAsync(cancel);
        return PersonResult.Saved(person.Id);
    }

    /// <summary>Adds a dated note signed with the staff member's name.</summary>
    public async Task<NoteResult> AddNoteAsync(StaffScope scope, Guid personId, string text, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.StructureIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == personId && visible.Contains(b.StructureId), cancel);
        if (person is null) return new NoteResult(false, null, NotFound: true);
        string note = text?.Trim() ?? "";
        if (note.Length == 0) return new NoteResult(false, "NoteRequired");
        if (note.Length > BeneficiaryNote.MaxLength) return new NoteResult(false, "NoteTooLong");

        var now = clock.GetUtcNow();
        db.BeneficiaryNotes.Add(new BeneficiaryNote { BeneficiaryId = person.Id, AuthorId = scope.UserId, AuthorName = scope.Name, CreatedAt = now, Text = note });
        person.LastActivityAt = now;
        // Never the note's text in the audit log: it is personal data, and the log is kept longer.
        db.AuditEntries.Add(audit.Entry(scope, AuditActions.AddedNote, TargetKind, person.Id.ToString(), person.StructureId));
        await db.SaveChangesAsync(cancel);
        return new NoteResult(true, null);
    }

    /// <summary>
    /// Deletes a note written by mistake (e.g. health data typed despite the hint), for any staff
    /// member of the person's structure; audited without the note's text. False when not visible.
    /// </summary>
    public async Task<bool> DeleteNoteAsync(StaffScope scope, Guid personId, long noteId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.StructureIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == personId && visible.Contains(b.StructureId), cancel);
        if (person is null) return false;
        var note = await db.BeneficiaryNotes.FirstOrDefaultAsync(n => n.Id == noteId && n.BeneficiaryId == person.Id, cancel);
        if (note is null) return false;
        db.BeneficiaryNotes.Remove(note);
        db.AuditEntries.Add(audit.Entry(scope, AuditActions.DeletedNote, TargetKind, person.Id.ToString(), person.StructureId,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"note {note.Id} of {note.CreatedAt:yyyy-MM-dd} by {note.AuthorName}")));
        await db.SaveChangesAsync(cancel);
        return true;
    }

    private static string Pseudonym(Guid id) => new Beneficiary { Id = id, Nickname = "" }.Pseudonym;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
