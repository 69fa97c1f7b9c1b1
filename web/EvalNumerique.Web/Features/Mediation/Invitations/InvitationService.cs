using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Mediation.Invitations;

/// <summary>
/// Invitations of the staff member's structures only: a person or a check of another structure is
/// treated as absent (null), so the answer never tells that it exists.
/// </summary>
public sealed class InvitationService(IDbContextFactory<EvalDbContext> dbFactory, CheckService checks, AuditLog audit)
{
    /// <summary>A new check for this person (consent first if they have not agreed yet), or null if the person is not in the staff member's structures.</summary>
    public async Task<Invitation?> CreateAsync(StaffScope scope, Guid personId, string language = "fr", CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.StructureIds.ToList();
        int? structureId;
        await using (var db = await dbFactory.CreateDbContextAsync(cancel))
        {
            structureId = await db.Beneficiaries.Where(b => b.Id == personId && visible.Contains(b.StructureId))
                .Select(b => (int?)b.StructureId).FirstOrDefaultAsync(cancel);
        }
        if (structureId is null) return null;
        var invitation = await checks.InviteAsync(personId, scope.UserId, language, cancel);
        await audit.RecordAsync(scope, AuditActions.CreatedInvitation, "check", invitation.CheckId.ToString(), structureId, $"beneficiary {personId}", cancel);
        return invitation;
    }

    /// <summary>The invitation of this check, or null if it is not an invited check of the staff member's structures.</summary>
    public async Task<InvitationView?> FindAsync(StaffScope scope, Guid checkId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = scope.StructureIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.Checks
            .Where(c => c.Id == checkId && c.InvitationToken != null && c.StructureId != null && visible.Contains(c.StructureId.Value))
            .Select(c => new InvitationView(c.Id, c.ResumeCode, c.InvitationToken!, c.BeneficiaryId,
                c.Beneficiary == null ? null : c.Beneficiary.Nickname, c.Structure!.Name, c.Stage, c.ConsentRefused))
            .FirstOrDefaultAsync(cancel);
    }
}
