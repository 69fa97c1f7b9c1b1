using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>
/// Turns a check's progress into a dashboard row: the domain's names from the bank, and the
/// person's nickname and the start time from the database — looked up once per check and kept in
/// memory, since a check sends one update per answer.
/// </summary>
public sealed class CheckFollowUpFactory(IDbContextFactory<EvalDbContext> dbFactory, ItemBankProvider bank, IMemoryCache cache)
{
    // A renamed record shows its new name within this time; a check answering every few seconds costs one lookup per period.
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    /// <summary>What a dashboard needs to know about a check that does not change with each answer.</summary>
    private sealed record CheckIdentity(string? Nickname, DateTimeOffset StartedAt);

    /// <summary>The row for this progress, or null for a check without structure (followed by nobody) or erased meanwhile.</summary>
    public async Task<CheckFollowUp?> FromProgressAsync(CheckProgress progress, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.StructureId is not int structureId) return null;
        // Keyed on the record too: a check detached from its record (consent refused) is looked up again.
        var key = (nameof(CheckFollowUpFactory), progress.CheckId, progress.BeneficiaryId);
        if (!cache.TryGetValue(key, out CheckIdentity? identity) || identity is null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancel);
            identity = await db.Checks.AsNoTracking()
                .Where(c => c.Id == progress.CheckId)
                .Select(c => new CheckIdentity(c.Beneficiary != null ? c.Beneficiary.Nickname : null, c.CreatedAt))
                .FirstOrDefaultAsync(cancel);
            if (identity is null) return null;
            cache.Set(key, identity, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = KeptFor });
        }
        return From(progress, structureId, identity.Nickname, identity.StartedAt);
    }

    /// <summary>The row for this progress when the nickname and start time are already known (the dashboard's first load).</summary>
    public CheckFollowUp From(CheckProgress progress, int structureId, string? nickname, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var domain = progress.CurrentDomain is null ? null : bank.Framework.Domains.FirstOrDefault(d => d.Id == progress.CurrentDomain);
        return new CheckFollowUp(progress.CheckId, structureId, progress.BeneficiaryId, progress.BeneficiaryId is null ? null : nickname,
            progress.Stage, progress.Answered, progress.CurrentDomain, domain?.Name.Fr ?? progress.CurrentDomain, domain?.Name.For("en") ?? progress.CurrentDomain,
            startedAt, progress.UpdatedAt, progress.FinishedAt);
    }
}
