using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>The dashboard's first picture, from the database: the staff member's structures and their checks not finished or finished in the last 24 hours.</summary>
public sealed class FollowUpLoader(IDbContextFactory<EvalDbContext> dbFactory, CheckService checks, CheckFollowUpFactory rows, TimeProvider clock)
{
    public async Task<FollowUpSnapshot> LoadAsync(StaffScope scope, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        int[] structureIds = [.. scope.StructureIds];
        if (structureIds.Length == 0) return new FollowUpSnapshot([], []);
        var finishedSince = clock.GetUtcNow() - FollowUpRules.FinishedShownFor;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var structures = await db.Structures.AsNoTracking()
            .Where(s => structureIds.Contains(s.Id))
            .OrderBy(s => s.Name)
            .Select(s => new FollowedStructure(s.Id, s.Name))
            .ToListAsync(cancel);
        var found = await db.Checks.AsNoTracking()
            .Where(c => c.StructureId != null && structureIds.Contains(c.StructureId.Value))
            .Where(c => c.Stage != CheckStage.Finished || c.FinishedAt >= finishedSince)
            .Select(c => new { Check = c, Nickname = c.Beneficiary != null ? c.Beneficiary.Nickname : null })
            .ToListAsync(cancel);
        var list = found
            .Select(f => rows.From(checks.Progress(f.Check), f.Check.StructureId!.Value, f.Nickname, f.Check.CreatedAt))
            .ToList();
        return new FollowUpSnapshot(structures, list);
    }
}
