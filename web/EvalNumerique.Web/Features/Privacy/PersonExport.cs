using System.Text.Json;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// The right of access: everything about one person in one JSON file — record, consent, every
/// check with every answer and its result, notes, and the audit entries about them. Only for a
/// member of the person's structure; every export is itself audited.
/// </summary>
public sealed class PersonExport(IDbContextFactory<EvalDbContext> dbFactory, FinishedCheckResults results, AuditLog audit, TimeProvider clock)
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The person's file, or null when the record does not exist or is not visible to this staff member.</summary>
    public async Task<ExportFile?> JsonAsync(StaffScope scope, Guid personId, string language = "fr", CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var export = await BuildAsync(scope, personId, language, cancel);
        if (export is null) return null;
        await audit.RecordAsync(scope, AuditActions.ExportedPerson, "beneficiary", export.Pseudonym, export.Record.StructureId, null, cancel);
        byte[] content = JsonSerializer.SerializeToUtf8Bytes(export, FileJson);
        return new ExportFile($"evalnumerique-{export.Pseudonym}.json", "application/json; charset=utf-8", content, 1);
    }

    /// <summary>The contents of the file (not audited: <see cref="JsonAsync"/> is the export).</summary>
    public async Task<PersonRecordExport?> BuildAsync(StaffScope scope, Guid personId, string language = "fr", CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.Beneficiaries.AsNoTracking()
            .Include(b => b.Structure)
            .Include(b => b.Notes)
            .Include(b => b.Checks).ThenInclude(c => c.Answers)
            .AsSplitQuery()
            .FirstOrDefaultAsync(b => b.Id == personId, cancel);
        if (person is null || !scope.Sees(person.StructureId)) return null;

        var checkIds = person.Checks.Select(c => c.Id.ToString()).ToList();
        var targets = new List<string> { person.Id.ToString(), person.Id.ToString("N"), person.Pseudonym };
        targets.AddRange(checkIds);
        var auditEntries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.TargetId != null && targets.Contains(a.TargetId))
            .OrderBy(a => a.At)
            .Select(a => new PersonAuditEntry(a.At, a.UserName, a.Action, a.TargetKind, a.TargetId, a.Detail))
            .ToListAsync(cancel);

        return new PersonRecordExport(
            clock.GetUtcNow(),
            person.Pseudonym,
            new PersonRecord(person.Id, person.Nickname, person.BirthDecade, person.LocalReference, person.StructureId, person.Structure?.Name ?? "",
                person.CreatedAt, person.LastActivityAt),
            new PersonConsent(person.ConsentAt, person.ConsentVersion),
            [.. person.Checks.OrderBy(c => c.CreatedAt).Select(c => Check(c, language))],
            [.. person.Notes.OrderBy(n => n.CreatedAt).Select(n => new PersonNote(n.CreatedAt, n.AuthorName, n.Text))],
            auditEntries);
    }

    private PersonCheck Check(Data.Check check, string language)
    {
        var result = results.Of(check, language);
        return new PersonCheck(check.Id, check.Stage.ToString().ToLowerInvariant(), check.Language, check.IsKiosk, check.ConsentRefused,
            check.CreatedAt, check.UpdatedAt, check.FinishedAt,
            check.Needs.Split(',', StringSplitOptions.RemoveEmptyEntries),
            Parse(check.Equipment),
            [.. check.Answers.OrderBy(a => a.Sequence).Select(a => new PersonAnswer(a.Sequence, a.ItemId, a.ItemVersion, a.Score, a.DontKnow,
                Parse(a.Response), a.AnsweredAt, a.ElapsedMilliseconds))],
            result is null ? null : new PersonResult(result.Theta, result.Se, result.Level,
                [.. result.Domains.Select(d => new PersonDomainResult(d.DomainId, d.Name, d.Level, d.Theta, d.Se, d.Questions, d.Right))]));
    }

    /// <summary>Stored JSON nested as JSON in the file; text that is not JSON stays a string.</summary>
    private static JsonElement Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }
}
