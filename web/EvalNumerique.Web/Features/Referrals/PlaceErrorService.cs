using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals;

/// <summary>Error reports on directory places: staff send them, admins read and close them.</summary>
public sealed class PlaceErrorService(IDbContextFactory<EvalDbContext> dbFactory, AuditLog audit, TimeProvider clock)
{
    /// <summary>Records a report; false when the text is empty or the place unknown.</summary>
    public async Task<bool> ReportAsync(StaffScope scope, int placeId, string text, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        text = (text ?? "").Trim();
        if (text.Length == 0) return false;
        if (text.Length > PlaceErrorReport.MaxLength) text = text[..PlaceErrorReport.MaxLength];
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        if (!await db.DirectoryPlaces.AnyAsync(p => p.Id == placeId, cancel)) return false;
        var report = new PlaceErrorReport
        {
            PlaceId = placeId,
            StructureId = scope.StructureIds.Count == 1 ? scope.StructureIds.Single() : null,
            ReportedById = scope.UserId,
            ReportedByName = scope.Name,
            At = clock.GetUtcNow(),
            Text = text,
        };
        db.PlaceErrorReports.Add(report);
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(scope, AuditActions.ReportedPlaceError, "place", placeId.ToString(System.Globalization.CultureInfo.InvariantCulture), report.StructureId, cancel: cancel);
        return true;
    }

    /// <summary>Open reports, newest first, with their place (admins).</summary>
    public async Task<IReadOnlyList<PlaceErrorReport>> OpenAsync(CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var open = await db.PlaceErrorReports.AsNoTracking().Include(r => r.Place).Where(r => r.ResolvedAt == null).ToListAsync(cancel);
        return [.. open.OrderByDescending(r => r.At)];
    }

    public async Task<bool> ResolveAsync(StaffScope admin, int reportId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.IsAdmin) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var report = await db.PlaceErrorReports.FirstOrDefaultAsync(r => r.Id == reportId, cancel);
        if (report is null) return false;
        report.ResolvedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(admin, AuditActions.ResolvedPlaceError, "place", report.PlaceId.ToString(System.Globalization.CultureInfo.InvariantCulture), report.StructureId, cancel: cancel);
        return true;
    }
}
