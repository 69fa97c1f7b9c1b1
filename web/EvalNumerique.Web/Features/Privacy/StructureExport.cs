using System.Globalization;
using System.Text.Json;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// The pseudonymous CSV of a structure's finished checks: pseudonym, decade of birth, dates,
/// answers counted, θ and SE overall and per domain, needs and equipment. Never the nickname,
/// the structure's own reference or the notes. Dates are UTC days: from 00:00 of
/// <c>from</c> to the end of <c>to</c>.
/// </summary>
public sealed class StructureExport(IDbContextFactory<EvalDbContext> dbFactory, FinishedCheckResults results, ItemBankProvider bank, AuditLog audit, TimeProvider clock)
{
    public const string Anonymous = "anonyme";

    /// <summary>The structures this staff member belongs to, by name.</summary>
    public async Task<IReadOnlyList<StructureChoice>> StructuresOfAsync(StaffScope scope, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var ids = scope.StructureIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.Structures.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new StructureChoice(s.Id, s.Name)).ToListAsync(cancel);
    }

    /// <summary>The CSV file, or null when the staff member is not a member of the structure.</summary>
    public async Task<ExportFile?> CsvAsync(StaffScope scope, int structureId, DateOnly? from, DateOnly? to, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.Sees(structureId)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var structure = await db.Structures.AsNoTracking().FirstOrDefaultAsync(s => s.Id == structureId, cancel);
        if (structure is null) return null;

        IQueryable<Data.Check> checks = db.Checks.AsNoTracking()
            .Include(c => c.Answers).Include(c => c.Beneficiary)
            .Where(c => c.StructureId == structureId && c.Stage == CheckStage.Finished && !c.ConsentRefused);
        if (from is { } start)
        {
            var after = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            checks = checks.Where(c => c.FinishedAt >= after);
        }
        if (to is { } end)
        {
            var before = new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            checks = checks.Where(c => c.FinishedAt < before);
        }
        var rows = await checks.OrderBy(c => c.FinishedAt).AsSplitQuery().ToListAsync(cancel);

        var domains = bank.Framework.Domains.Select(d => d.Id).ToList();
        var csv = new CsvWriter();
        csv.Row([
            "pseudonyme", "decennie_naissance", "structure", "debut_utc", "fin_utc", "questions", "je_ne_sais_pas", "theta", "se", "niveau",
            .. domains.SelectMany(d => new CsvCell[] { $"{d}_theta", $"{d}_se", $"{d}_niveau" }),
            "besoins", "equipement",
        ]);
        foreach (var check in rows)
        {
            var result = results.Of(check, "fr");
            if (result is null) continue;
            var byDomain = result.Domains.ToDictionary(d => d.DomainId);
            csv.Row([
                check.Beneficiary?.Pseudonym ?? Anonymous,
                CsvCell.Number(check.Beneficiary?.BirthDecade),
                structure.Name,
                CsvCell.Date(check.CreatedAt),
                CsvCell.Date(check.FinishedAt),
                CsvCell.Number(check.Answers.Count),
                CsvCell.Number(check.Answers.Count(a => a.DontKnow)),
                CsvCell.Number(result.Theta),
                CsvCell.Number(result.Se),
                CsvCell.Number(result.Level),
                .. domains.SelectMany(d => byDomain.TryGetValue(d, out var r)
                    ? new[] { CsvCell.Number(r.Theta), CsvCell.Number(r.Se), CsvCell.Number(r.Level) }
                    : new[] { CsvCell.Text(""), CsvCell.Text(""), CsvCell.Text("") }),
                string.Join(", ", result.Needs),
                Equipment(check.Equipment),
            ]);
        }

        string range = $"{from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} – {to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";
        await audit.RecordAsync(scope, AuditActions.ExportedStructure, "structure", structureId.ToString(CultureInfo.InvariantCulture), structureId,
            $"{rows.Count} checks, {range}", cancel);
        string name = $"evalnumerique-structure-{structureId}-{clock.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.csv";
        return new ExportFile(name, CsvWriter.ContentType, csv.ToBytes(), rows.Count);
    }

    /// <summary>"smartphone=yes, internet=no": readable in one cell.</summary>
    private static string Equipment(string json)
    {
        try
        {
            var answers = JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
            return string.Join(", ", answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"));
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
