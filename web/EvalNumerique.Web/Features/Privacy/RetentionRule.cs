using System.Globalization;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// Storage limitation (GDPR article 5.1.e), applied by <see cref="RetentionJob"/>:
/// <list type="bullet">
/// <item>a person with no activity for their structure's <see cref="Structure.RetentionMonths"/> is
/// erased with their checks, answers and notes. Activity is the record's
/// <see cref="Beneficiary.LastActivityAt"/> or the last change of one of their checks, whichever is
/// later, so a check taken today keeps its person;</item>
/// <item>an invitation never started (still at the consent or how-to stage, no answer) is erased
/// after <see cref="UnusedInvitationDays"/> days: its link should not stay open for ever. The
/// person's record stays.</item>
/// <item>a check whose person said no to keeping their answers is erased after
/// <see cref="UnusedInvitationDays"/> days (the person may still open their own result meanwhile;
/// the structure never sees its content);</item>
/// <item>a check taken at a structure's kiosk, without a record, is erased after the structure's
/// retention period like a person's record.</item>
/// </list>
/// Each erasure is audited as <see cref="AuditActions.RetentionErased"/> by "system", under the
/// pseudonym or the check id. Checks started from the public welcome page belong to no structure
/// and hold no name: they are kept (their answers will calibrate the items).
/// </summary>
public sealed class RetentionRule(IDbContextFactory<EvalDbContext> dbFactory, AuditLog audit, TimeProvider clock)
{
    public const int UnusedInvitationDays = 30;

    public async Task<RetentionReport> ApplyAsync(CancellationToken cancel = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        int people = 0;
        int checks = 0;
        foreach (var structure in await db.Structures.AsNoTracking().Select(s => new { s.Id, s.RetentionMonths }).ToListAsync(cancel))
        {
            var cutoff = now.AddMonths(-Math.Max(1, structure.RetentionMonths));
            var kiosk = await db.Checks
                .Where(c => c.StructureId == structure.Id && c.BeneficiaryId == null && !c.ConsentRefused && c.UpdatedAt < cutoff)
                .ToListAsync(cancel);
            foreach (var check in kiosk)
            {
                db.Checks.Remove(check);
                db.AuditEntries.Add(audit.Entry(null, AuditActions.RetentionErased, "check", check.Id.ToString(), structure.Id,
                    string.Create(CultureInfo.InvariantCulture, $"check without record, no activity for {structure.RetentionMonths} months")));
            }
            checks += kiosk.Count;
            var expired = await db.Beneficiaries
                .Where(b => b.StructureId == structure.Id && b.LastActivityAt < cutoff)
                .Where(b => !db.Checks.Any(c => c.BeneficiaryId == b.Id && c.UpdatedAt >= cutoff))
                .ToListAsync(cancel);
            foreach (var person in expired)
            {
                db.Beneficiaries.Remove(person);
                db.AuditEntries.Add(audit.Entry(null, AuditActions.RetentionErased, "beneficiary", person.Pseudonym, structure.Id,
                    string.Create(CultureInfo.InvariantCulture, $"no activity for {structure.RetentionMonths} months")));
            }
            await db.SaveChangesAsync(cancel);
            people += expired.Count;
        }

        var invitationCutoff = now.AddDays(-UnusedInvitationDays);
        var unused = await db.Checks
            .Where(c => c.InvitationToken != null && (c.Stage == CheckStage.Consent || c.Stage == CheckStage.Practice)
                && c.CreatedAt < invitationCutoff && c.UpdatedAt < invitationCutoff && !c.Answers.Any())
            .ToListAsync(cancel);
        foreach (var check in unused)
        {
            db.Checks.Remove(check);
            db.AuditEntries.Add(audit.Entry(null, AuditActions.RetentionErased, "check", check.Id.ToString(), check.StructureId,
                string.Create(CultureInfo.InvariantCulture, $"invitation not used for {UnusedInvitationDays} days")));
        }
        await db.SaveChangesAsync(cancel);

        // A person who said no: the check is kept only while they may still open their own result.
        var refused = await db.Checks.Where(c => c.ConsentRefused && c.UpdatedAt < invitationCutoff).ToListAsync(cancel);
        foreach (var check in refused)
        {
            db.Checks.Remove(check);
            db.AuditEntries.Add(audit.Entry(null, AuditActions.RetentionErased, "check", check.Id.ToString(), check.StructureId,
                string.Create(CultureInfo.InvariantCulture, $"consent refused, kept {UnusedInvitationDays} days")));
        }
        await db.SaveChangesAsync(cancel);
        return new RetentionReport(people, checks + unused.Count + refused.Count);
    }
}
