using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>
/// A person's accompaniments as a CSV for La Coop de la médiation numérique: one row per finished
/// check whose content the staff member may read (a check the person refused to keep is never
/// read), with the places chosen after it. Only for a member of the person's structure; every
/// export is audited like the person's data export, under the person's pseudonym.
/// </summary>
public sealed class CoopAccompanimentExport(IDbContextFactory<EvalDbContext> dbFactory, FinishedCheckResults results, AuditLog audit)
{
    /// <summary>Written in the audit entry's detail, to tell this file from the right-of-access file.</summary>
    public const string AuditDetail = "accompaniments.csv (La Coop de la médiation numérique)";

    /// <summary>The file, or null when the person does not exist or is not visible to this staff member.</summary>
    public async Task<ExportFile?> CsvAsync(StaffScope scope, Guid personId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.VisiblePeople(scope).AsNoTracking()
            .Select(b => new { b.Id, b.StructureId })
            .FirstOrDefaultAsync(b => b.Id == personId, cancel);
        if (person is null) return null;
        string pseudonym = new Beneficiary { Id = person.Id, Nickname = "" }.Pseudonym;

        var accompaniments = await AccompanimentsAsync(db, scope, personId, cancel);
        await audit.RecordAsync(scope, AuditActions.ExportedPerson, "beneficiary", pseudonym, person.StructureId, AuditDetail, cancel);
        var csv = CoopAccompanimentCsv.Write(pseudonym, accompaniments);
        return new ExportFile($"coop-accompagnements-{pseudonym}.csv", CsvWriter.ContentType, csv.ToBytes(), accompaniments.Count);
    }

    /// <summary>The person's accompaniments, oldest first (not audited: <see cref="CsvAsync"/> is the export).</summary>
    public async Task<IReadOnlyList<CoopAccompaniment>> AccompanimentsAsync(EvalDbContext db, StaffScope scope, Guid personId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var checks = await db.ReadableChecks(scope).AsNoTracking()
            .Where(c => c.BeneficiaryId == personId && c.Stage == CheckStage.Finished && c.FinishedAt != null)
            .Include(c => c.Answers)
            .Include(c => c.Structure)
            .AsSplitQuery()
            .OrderBy(c => c.FinishedAt)
            .ToListAsync(cancel);
        if (checks.Count == 0) return [];

        var checkIds = checks.Select(c => c.Id).ToList();
        var structures = scope.StructureIds.ToList();
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => checkIds.Contains(r.CheckId) && structures.Contains(r.StructureId) && r.Status != ReferralStatus.Abandoned)
            .OrderBy(r => r.Position)
            .Select(r => new { r.CheckId, Place = new OrientationPlace(r.Place!.Name, r.Place.Typologies, r.Place.NationalPrograms) })
            .ToListAsync(cancel);
        var placesOf = referrals.ToLookup(r => r.CheckId, r => r.Place);

        var rows = new List<CoopAccompaniment>();
        foreach (var check in checks)
        {
            var result = results.Of(check, "fr");
            if (result is null) continue; // finished without a result: nothing to say about autonomy
            var first = check.Answers.OrderBy(a => a.Sequence).FirstOrDefault();
            rows.Add(CoopAccompanimentMapping.Map(new AccompanimentFacts(
                check.Id,
                check.CreatedAt,
                check.FinishedAt!.Value,
                first is null ? null : first.AnsweredAt - TimeSpan.FromMilliseconds(first.ElapsedMilliseconds ?? 0),
                check.IsKiosk,
                check.Structure?.Name ?? "",
                result.Level,
                result.Needs,
                [.. result.Domains.Select(d => new DomainLevel(d.DomainId, d.Level, d.Theta, d.Questions))],
                [.. placesOf[check.Id]])));
        }
        return rows;
    }
}
