using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Features.Referrals.Rules;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.FollowUp;

/// <summary>
/// Follow-up of referrals: each moves through proposée → acceptée → RDV pris → réalisée, or
/// abandonnée at any point, every step dated and signed. Limited to the scope's structures.
/// </summary>
public sealed class ReferralFollowUpService(IDbContextFactory<EvalDbContext> dbFactory, AuditLog audit, TimeProvider clock)
{
    /// <summary>A proposed or accepted referral with no news for this long is listed as to follow up.</summary>
    public static readonly TimeSpan QuietFor = TimeSpan.FromDays(14);

    public static bool NeedsFollowUp(ReferralView referral, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return referral.Status switch
        {
            ReferralStatus.Proposed or ReferralStatus.Accepted => now - referral.StatusAt >= QuietFor,
            ReferralStatus.AppointmentMade => referral.AppointmentAt is { } at ? at < now : now - referral.StatusAt >= QuietFor,
            _ => false,
        };
    }

    public async Task<IReadOnlyList<ReferralView>> ListAsync(StaffScope scope, ReferralQuery query, string language, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var structures = scope.StructureIds.ToList();
        var rules = await db.ReferralRules.AsNoTracking().ToListAsync(cancel);
        var all = await ReferralViews.LoadAsync(db, rules, language, r => structures.Contains(r.StructureId), cancel);
        var now = clock.GetUtcNow();
        string search = OfferTag.Fold(query.Search?.Trim() ?? "");
        var rows = all
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => !query.ToFollowUpOnly || NeedsFollowUp(r, now))
            .Where(r => search.Length == 0
                || OfferTag.Fold(r.Nickname ?? "").Contains(search, StringComparison.Ordinal)
                || OfferTag.Fold(r.Place.Name).Contains(search, StringComparison.Ordinal));
        Func<ReferralView, IComparable> key = query.Sort switch
        {
            ReferralSort.Person => r => OfferTag.Fold(r.Nickname ?? ""),
            ReferralSort.Place => r => OfferTag.Fold(r.Place.Name),
            ReferralSort.Status => r => (int)r.Status,
            ReferralSort.Created => r => r.CreatedAt,
            _ => r => r.StatusAt,
        };
        return [.. (query.Descending ? rows.OrderByDescending(key) : rows.OrderBy(key)).ThenBy(r => r.Id)];
    }

    /// <summary>The referrals of one person of the scope's structures, newest check first.</summary>
    public async Task<IReadOnlyList<ReferralView>> OfPersonAsync(StaffScope scope, Guid beneficiaryId, string language, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var structures = scope.StructureIds.ToList();
        var rules = await db.ReferralRules.AsNoTracking().ToListAsync(cancel);
        var rows = await ReferralViews.LoadAsync(db, rules, language, r => r.BeneficiaryId == beneficiaryId && structures.Contains(r.StructureId), cancel);
        return [.. rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Position)];
    }

    /// <summary>Moves a referral to a status (any status may follow any other: people change their minds); an appointment date goes with "RDV pris".</summary>
    public async Task<ReferralChange> SetStatusAsync(StaffScope scope, Guid referralId, ReferralStatus status, DateTimeOffset? appointmentAt, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!Enum.IsDefined(status)) return ReferralChange.BadStatus;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var referral = await ReferralViews.Visible(db, scope).FirstOrDefaultAsync(r => r.Id == referralId, cancel);
        if (referral is null) return ReferralChange.NotFound;
        var now = clock.GetUtcNow();
        if (referral.Status == status && referral.AppointmentAt == appointmentAt) return ReferralChange.Done;
        if (referral.Status != status)
        {
            referral.Status = status;
            referral.StatusAt = now;
            db.ReferralStatusChanges.Add(new ReferralStatusChange { ReferralId = referral.Id, Status = status, At = now, ById = scope.UserId, ByName = scope.Name });
        }
        referral.AppointmentAt = status == ReferralStatus.AppointmentMade ? appointmentAt : referral.AppointmentAt;
        if (referral.BeneficiaryId is { } personId)
            await db.Beneficiaries.Where(b => b.Id == personId).ExecuteUpdateAsync(b => b.SetProperty(x => x.LastActivityAt, now), cancel);
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(scope, AuditActions.ChangedReferral, "referral", referral.Id.ToString(), referral.StructureId, status.ToString(), cancel);
        return ReferralChange.Done;
    }
}
