using System.Globalization;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Privacy;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>
/// Reads the audit log for the admin screen and its CSV download: filtered, sorted in the database
/// (dates are stored as numbers for that), newest first unless asked otherwise, 50 a page.
/// </summary>
public sealed class AuditLogReader(IDbContextFactory<EvalDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Beyond this, the CSV asks for a narrower filter rather than filling the server's memory.</summary>
    public const int MaxCsvRows = 100_000;

    public async Task<AuditResults> SearchAsync(AuditQuery query, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var filtered = Filter(db.AuditEntries.AsNoTracking(), query);
        int total = await filtered.CountAsync(cancel);
        int pages = Math.Max(1, (total + AuditQuery.PageSize - 1) / AuditQuery.PageSize);
        int page = Math.Clamp(query.Page, 1, pages);
        var entries = await Sort(filtered, query).Skip((page - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize).ToListAsync(cancel);
        return new AuditResults(entries, total, page);
    }

    /// <summary>The structures named in the log's filter list, by id.</summary>
    public async Task<IReadOnlyDictionary<int, string>> StructureNamesAsync(CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.Structures.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancel);
    }

    /// <summary>Every entry that matches, as CSV (same columns as the screen, plus ids).</summary>
    public async Task<ExportFile> CsvAsync(AuditQuery query, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var names = await db.Structures.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancel);
        var entries = await Sort(Filter(db.AuditEntries.AsNoTracking(), query), query).Take(MaxCsvRows).ToListAsync(cancel);
        var csv = new CsvWriter().Row("date_utc", "utilisateur", "id_utilisateur", "action", "type_cible", "cible", "id_structure", "structure", "detail");
        foreach (var entry in entries)
        {
            csv.Row(CsvCell.Date(entry.At), entry.UserName, entry.UserId, entry.Action, entry.TargetKind, entry.TargetId,
                CsvCell.Number(entry.StructureId),
                entry.StructureId is int id && names.TryGetValue(id, out var name) ? name : "",
                entry.Detail);
        }
        string file = $"evalnumerique-journal-{clock.GetUtcNow().ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv";
        return new ExportFile(file, CsvWriter.ContentType, csv.ToBytes(), entries.Count);
    }

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, AuditQuery query)
    {
        if (query.From is { } from)
        {
            var after = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At >= after);
        }
        if (query.To is { } to)
        {
            var before = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At < before);
        }
        if (!string.IsNullOrWhiteSpace(query.Action)) entries = entries.Where(e => e.Action == query.Action);
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            // LIKE: case-insensitive for ASCII letters in SQLite ("awa" finds "Awa D."); % and _ typed are literal.
            string pattern = "%" + query.User.Trim().Replace(@"\", @"\\", StringComparison.Ordinal)
                .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
            entries = entries.Where(e => EF.Functions.Like(e.UserName, pattern, @"\"));
        }
        if (query.StructureId is int structure) entries = entries.Where(e => e.StructureId == structure);
        return entries;
    }

    private static IQueryable<AuditEntry> Sort(IQueryable<AuditEntry> entries, AuditQuery query) => (query.Sort, query.Descending) switch
    {
        (AuditSort.User, false) => entries.OrderBy(e => e.UserName).ThenByDescending(e => e.Id),
        (AuditSort.User, true) => entries.OrderByDescending(e => e.UserName).ThenByDescending(e => e.Id),
        (AuditSort.Action, false) => entries.OrderBy(e => e.Action).ThenByDescending(e => e.Id),
        (AuditSort.Action, true) => entries.OrderByDescending(e => e.Action).ThenByDescending(e => e.Id),
        (AuditSort.Structure, false) => entries.OrderBy(e => e.StructureId).ThenByDescending(e => e.Id),
        (AuditSort.Structure, true) => entries.OrderByDescending(e => e.StructureId).ThenByDescending(e => e.Id),
        (_, false) => entries.OrderBy(e => e.At).ThenBy(e => e.Id),
        _ => entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id),
    };
}
