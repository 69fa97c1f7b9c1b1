using System.Text.Json;
using EvalNumerique.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Imports a read directory file into the database in one transaction: places are matched by
/// source and id, new ones added, changed ones updated with a history row listing the changed
/// fields; places absent from the file are kept (a partial file never erases the directory).
/// Bad rows were already skipped by the reader and are listed in the report. A dry run does the
/// same work and rolls it back, so its report is exactly what the import would do.
/// </summary>
public sealed class DirectoryImporter(IDbContextFactory<EvalDbContext> dbFactory, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<DirectoryImportReport> ImportAsync(DirectoryReadResult read, string fileName, string importedBy, bool dryRun, bool isDemo = false, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);

        if (read.Records.Count == 0)
            return new DirectoryImportReport(fileName, dryRun, read.RowsRead, 0, 0, 0, read.Errors, read.Warnings, null);

        string source = read.Records[0].Source;
        var import = new DirectoryImport
        {
            At = now,
            ImportedBy = importedBy,
            FileName = Path.GetFileName(fileName),
            Source = source,
            RowsRead = read.RowsRead,
            Problems = JsonSerializer.Serialize(read.Errors.Concat(read.Warnings), Json),
        };
        db.DirectoryImports.Add(import);
        await db.SaveChangesAsync(cancel);

        var ids = read.Records.Select(r => r.SourceId).ToList();
        var known = await db.DirectoryPlaces.Where(p => p.Source == source && ids.Contains(p.SourceId)).ToDictionaryAsync(p => p.SourceId, StringComparer.Ordinal, cancel);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var record in read.Records)
        {
            bool isNew = !known.TryGetValue(record.SourceId, out var place);
            place ??= new DirectoryPlace { Source = record.Source, SourceId = record.SourceId, Name = record.Name, FirstImportedAt = now, IsDemo = isDemo };
            var changes = PlaceFields.Apply(record, place);
            place.LastImportedAt = now;
            place.LastImportId = import.Id;
            if (isNew)
            {
                db.DirectoryPlaces.Add(place);
                known[record.SourceId] = place;
                added++;
            }
            else if (changes.Count > 0)
            {
                updated++;
            }
            else
            {
                unchanged++;
                continue;
            }
            place.Changes.Add(new DirectoryPlaceChange
            {
                ImportId = import.Id,
                At = now,
                Created = isNew,
                ChangedFields = JsonSerializer.Serialize(changes.ToDictionary(c => c.Key, c => new { old = c.Value.Old, @new = c.Value.New }), Json),
            });
        }
        import.Added = added;
        import.Updated = updated;
        import.Unchanged = unchanged;
        import.Skipped = DirectoryImportReport.SkippedRows(read.Errors);
        await db.SaveChangesAsync(cancel);

        if (dryRun)
        {
            await transaction.RollbackAsync(cancel);
            return new DirectoryImportReport(fileName, true, read.RowsRead, added, updated, unchanged, read.Errors, read.Warnings, null);
        }
        await transaction.CommitAsync(cancel);
        return new DirectoryImportReport(fileName, false, read.RowsRead, added, updated, unchanged, read.Errors, read.Warnings, import.Id);
    }
}
