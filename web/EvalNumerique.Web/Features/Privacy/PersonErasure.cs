using System.Globalization;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// The right to erasure (GDPR article 17): the record, its checks, their answers and the notes go
/// in one transaction (the database cascades from the record). The audit log keeps that it
/// happened, under the pseudonym only. The mediator confirms by typing the person's nickname.
/// </summary>
public sealed class PersonErasure(IDbContextFactory<EvalDbContext> dbFactory, AuditLog audit)
{
    /// <summary>What would be erased, or null when the record is not visible to this staff member.</summary>
    public async Task<ErasureSummary?> SummaryAsync(StaffScope scope, Guid personId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.Beneficiaries.AsNoTracking().Include(b => b.Structure).FirstOrDefaultAsync(b => b.Id == personId, cancel);
        if (person is null || !scope.Sees(person.StructureId)) return null;
        int checks = await db.Checks.CountAsync(c => c.BeneficiaryId == personId, cancel);
        int answers = await db.CheckAnswers.CountAsync(a => db.Checks.Any(c => c.Id == a.CheckId && c.BeneficiaryId == personId), cancel);
        int notes = await db.BeneficiaryNotes.CountAsync(n => n.BeneficiaryId == personId, cancel);
        return new ErasureSummary(person.Id, person.Nickname, person.Pseudonym, person.Structure?.Name ?? "", checks, answers, notes);
    }

    /// <summary>Erases the person if the confirmation is their nickname (case and surrounding spaces aside).</summary>
    public async Task<ErasureOutcome> EraseAsync(StaffScope scope, Guid personId, string? confirmation, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var summary = await SummaryAsync(scope, personId, cancel);
        if (summary is null) return ErasureOutcome.NotFound;
        if (!Confirms(confirmation, summary.Nickname)) return ErasureOutcome.ConfirmationMismatch;

        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var person = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Id == personId, cancel);
        if (person is null || !scope.Sees(person.StructureId)) return ErasureOutcome.NotFound;
        db.Beneficiaries.Remove(person);
        db.AuditEntries.Add(audit.Entry(scope, AuditActions.ErasedPerson, "beneficiary", summary.Pseudonym, person.StructureId,
            Counts(summary)));
        await db.SaveChangesAsync(cancel); // one transaction: the record (and by cascade its checks, answers, notes) and the audit entry
        return ErasureOutcome.Erased;
    }

    /// <summary>"2 checks, 31 answers, 1 note" for the audit log: what went, never who.</summary>
    internal static string Counts(ErasureSummary summary) =>
        string.Create(CultureInfo.InvariantCulture, $"{summary.Checks} checks, {summary.Answers} answers, {summary.Notes} notes");

    /// <summary>Typed nickname matches: trimmed, inner spaces collapsed, case ignored.</summary>
    public static bool Confirms(string? typed, string nickname)
    {
        ArgumentNullException.ThrowIfNull(nickname);
        static string Normal(string s) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return typed is not null && Normal(typed).Length > 0 && string.Equals(Normal(typed), Normal(nickname), StringComparison.OrdinalIgnoreCase);
    }
}
