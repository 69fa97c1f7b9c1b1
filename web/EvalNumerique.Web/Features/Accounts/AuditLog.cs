using EvalNumerique.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Accounts;

/// <summary>Writes the audit trail: who viewed, exported, changed or erased what. Targets are ids or pseudonyms, never names.</summary>
public sealed class AuditLog(IDbContextFactory<EvalDbContext> dbFactory, TimeProvider clock)
{
    public async Task RecordAsync(StaffScope? who, string action, string? targetKind = null, string? targetId = null, int? structureId = null, string? detail = null, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        db.AuditEntries.Add(Entry(who, action, targetKind, targetId, structureId, detail));
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>An entry to save together with the change it describes (same transaction).</summary>
    public AuditEntry Entry(StaffScope? who, string action, string? targetKind = null, string? targetId = null, int? structureId = null, string? detail = null) => new()
    {
        At = clock.GetUtcNow(),
        UserId = who?.UserId,
        UserName = who?.Name ?? "system",
        Action = action,
        TargetKind = targetKind,
        TargetId = targetId,
        StructureId = structureId,
        Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
    };
}
