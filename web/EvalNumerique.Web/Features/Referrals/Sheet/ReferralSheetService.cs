using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Orientation;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Sheet;

/// <summary>
/// Builds the referral sheet: for the person by their check code (only places the mediator chose,
/// never the suggestions), and for staff of the check's structure (audited as printed).
/// </summary>
public sealed class ReferralSheetService(IDbContextFactory<EvalDbContext> dbFactory, CheckService checkService, AuditLog audit, TimeProvider clock)
{
    /// <summary>The sheet of a finished check, by its code; null when there is no such finished check.</summary>
    public async Task<ReferralSheet?> ForPersonAsync(string code, string language, CancellationToken cancel = default)
    {
        string normalised = CheckService.NormaliseCode(code);
        if (normalised.Length == 0) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var check = await db.Checks.AsNoTracking().Include(c => c.Answers).Include(c => c.Structure)
            .FirstOrDefaultAsync(c => c.ResumeCode == normalised && c.Stage == CheckStage.Finished, cancel);
        return check is null ? null : await BuildAsync(db, check, nickname: null, language, cancel);
    }

    /// <summary>The sheet of a check the staff member may read, with the person's nickname; audited.</summary>
    public async Task<ReferralSheet?> ForStaffAsync(StaffScope scope, Guid checkId, string language, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var check = await db.ReadableChecks(scope).AsNoTracking().Include(c => c.Answers).Include(c => c.Structure).Include(c => c.Beneficiary)
            .FirstOrDefaultAsync(c => c.Id == checkId && c.Stage == CheckStage.Finished, cancel);
        if (check is null) return null;
        var sheet = await BuildAsync(db, check, check.Beneficiary?.Nickname, language, cancel);
        await audit.RecordAsync(scope, AuditActions.ViewedReferralSheet, "check", check.Id.ToString(), check.StructureId, cancel: cancel);
        return sheet;
    }

    private async Task<ReferralSheet> BuildAsync(EvalDbContext db, Data.Check check, string? nickname, string language, CancellationToken cancel)
    {
        var result = checkService.ResultOf(check, language);
        var rules = await db.ReferralRules.AsNoTracking().ToListAsync(cancel);
        var referrals = await ReferralViews.LoadAsync(db, rules, language, r => r.CheckId == check.Id && r.Status != ReferralStatus.Abandoned, cancel);
        var places = referrals.Select((r, i) => new SheetPlace(i + 1, r.Place, r.Reasons, r.Note, r.Status == ReferralStatus.AppointmentMade ? r.AppointmentAt : null)).ToList();
        var structure = check.Structure;
        string? address = structure is null ? null : string.Join(", ", new[] { structure.Address, $"{structure.PostalCode} {structure.Commune}".Trim() }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new ReferralSheet(check.Id, check.ResumeCode, nickname, structure?.Name, address, structure?.IsDemo ?? false,
            clock.GetUtcNow(), result.Pathway, places, WhatToBring.For(result.Needs, result.Equipment));
    }
}
