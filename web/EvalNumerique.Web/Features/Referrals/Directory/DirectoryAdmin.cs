using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>The admin's directory screen: import a file (or check it first), see past imports and the places.</summary>
public sealed class DirectoryAdmin(IDbContextFactory<EvalDbContext> dbFactory, DirectoryImporter importer, AuditLog audit)
{
    public async Task<DirectoryImportReport?> ImportAsync(StaffScope admin, Stream file, string fileName, Stream? services, string? servicesName, bool dryRun, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.IsAdmin) return null;
        var read = DirectoryFiles.Read(file, fileName, services, servicesName);
        var report = await importer.ImportAsync(read, fileName, admin.Name, dryRun, cancel: cancel);
        if (!dryRun && report.ImportId is { } id)
        {
            await audit.RecordAsync(admin, AuditActions.ImportedDirectory, "directory-import", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                detail: $"{report.Added} new, {report.Updated} updated, {report.Unchanged} unchanged, {report.Skipped} skipped", cancel: cancel);
        }
        return report;
    }

    public async Task<IReadOnlyList<DirectoryImport>> ImportsAsync(CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var imports = await db.DirectoryImports.AsNoTracking().ToListAsync(cancel);
        return [.. imports.OrderByDescending(i => i.At).ThenByDescending(i => i.Id).Take(50)];
    }

    /// <summary>Places whose name, commune or postal code contains the text (all when empty), by name.</summary>
    public async Task<IReadOnlyList<DirectoryPlace>> PlacesAsync(string? search, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var places = await db.DirectoryPlaces.AsNoTracking().ToListAsync(cancel);
        string wanted = PlaceSearch.Fold(search);
        return [.. places.Where(p => PlaceSearch.Matches(p, wanted)).OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>A place's history, newest first.</summary>
    public async Task<IReadOnlyList<DirectoryPlaceChange>> HistoryAsync(int placeId, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var changes = await db.DirectoryPlaceChanges.AsNoTracking().Where(c => c.PlaceId == placeId).ToListAsync(cancel);
        return [.. changes.OrderByDescending(c => c.At).ThenByDescending(c => c.Id)];
    }
}
