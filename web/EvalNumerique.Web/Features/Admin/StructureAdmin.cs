using System.Globalization;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>
/// Structures and their members, for admins. Every change is audited (ManagedStructure). A
/// structure that still follows people cannot be deleted: their records would lose their home
/// (erase them, or wait for the retention period, first).
/// </summary>
public sealed class StructureAdmin(IDbContextFactory<EvalDbContext> dbFactory, AuditLog audit, Follow.FollowConnections liveConnections)
{
    public async Task<IReadOnlyList<StructureRow>> ListAsync(CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.Structures.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new StructureRow(s.Id, s.Name, s.Kind, s.PostalCode, s.Commune, s.RetentionMonths, s.IsDemo,
                s.Members.Count, db.Beneficiaries.Count(b => b.StructureId == s.Id)))
            .ToListAsync(cancel);
    }

    /// <summary>Every staff account, to choose members from.</summary>
    public async Task<IReadOnlyList<StaffChoice>> StaffAsync(CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new StaffChoice(u.Id, u.Email ?? u.UserName ?? u.Id, u.DisplayName)).ToListAsync(cancel);
    }

    public async Task<StructureForm?> FormAsync(int id, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var structure = await db.Structures.AsNoTracking().Include(s => s.Members).FirstOrDefaultAsync(s => s.Id == id, cancel);
        return structure is null ? null : new StructureForm
        {
            Id = structure.Id,
            Name = structure.Name,
            Kind = structure.Kind,
            Address = structure.Address,
            PostalCode = structure.PostalCode,
            Commune = structure.Commune,
            RetentionMonths = structure.RetentionMonths,
            MemberIds = [.. structure.Members.Select(m => m.UserId)],
        };
    }

    /// <summary>Problems of the form (<see cref="AdminProblems"/>; empty: valid).</summary>
    public static IReadOnlyList<string> Validate(StructureForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(form.Name) || form.Name.Trim().Length > 200) problems.Add(AdminProblems.StructureNameRequired);
        if (!Enum.IsDefined(form.Kind)) problems.Add(AdminProblems.StructureKindUnknown);
        if (form.RetentionMonths is < StructureForm.MinRetentionMonths or > StructureForm.MaxRetentionMonths) problems.Add(AdminProblems.RetentionOutOfRange);
        if (!string.IsNullOrWhiteSpace(form.PostalCode) && (form.PostalCode.Trim().Length != 5 || !form.PostalCode.Trim().All(char.IsAsciiDigit)))
            problems.Add(AdminProblems.PostalCodeFormat);
        if ((form.Address?.Length ?? 0) > 400 || (form.Commune?.Length ?? 0) > 100) problems.Add(AdminProblems.AddressTooLong);
        return problems;
    }

    /// <summary>Creates or updates the structure and its members; returns the problems (nothing saved) or the structure's id.</summary>
    public async Task<StructureSave> SaveAsync(StaffScope scope, StructureForm form, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(form);
        var problems = Validate(form);
        if (problems.Count > 0) return new StructureSave(null, problems);

        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var structure = form.Id == 0 ? null
            : await db.Structures.Include(s => s.Members).FirstOrDefaultAsync(s => s.Id == form.Id, cancel);
        if (form.Id != 0 && structure is null) return new StructureSave(null, [AdminProblems.StructureNotFound]);
        var knownUsers = await db.Users.Where(u => form.MemberIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancel);
        if (knownUsers.Count != form.MemberIds.Count) return new StructureSave(null, [AdminProblems.MemberUnknown]);

        bool created = structure is null;
        structure ??= db.Structures.Add(new Structure { Name = "" }).Entity;
        structure.Name = form.Name.Trim();
        structure.Kind = form.Kind;
        structure.Address = Blank(form.Address);
        structure.PostalCode = Blank(form.PostalCode);
        structure.Commune = Blank(form.Commune);
        structure.RetentionMonths = form.RetentionMonths;
        var removed = structure.Members.Where(m => !form.MemberIds.Contains(m.UserId)).ToList();
        foreach (var member in removed) structure.Members.Remove(member);
        var added = form.MemberIds.Where(id => structure.Members.All(m => m.UserId != id)).ToList();
        foreach (string userId in added) structure.Members.Add(new StructureMembership { UserId = userId });
        await db.SaveChangesAsync(cancel);
        foreach (var member in removed) await liveConnections.LeaveAsync(member.UserId, [structure.Id], cancel);

        string detail = string.Create(CultureInfo.InvariantCulture,
            $"{(created ? "created" : "updated")}; retention {structure.RetentionMonths} months; members +{added.Count} -{removed.Count}");
        await audit.RecordAsync(scope, AuditActions.ManagedStructure, "structure", structure.Id.ToString(CultureInfo.InvariantCulture), structure.Id, detail, cancel);
        return new StructureSave(structure.Id, []);
    }

    /// <summary>Deletes a structure that follows nobody; refuses (StructureHasPeople) otherwise.</summary>
    public async Task<StructureSave> DeleteAsync(StaffScope scope, int id, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var structure = await db.Structures.FirstOrDefaultAsync(s => s.Id == id, cancel);
        if (structure is null) return new StructureSave(null, [AdminProblems.StructureNotFound]);
        if (await db.Beneficiaries.AnyAsync(b => b.StructureId == id, cancel)) return new StructureSave(id, [AdminProblems.StructureHasPeople]);
        db.Structures.Remove(structure);
        db.AuditEntries.Add(audit.Entry(scope, AuditActions.ManagedStructure, "structure", id.ToString(CultureInfo.InvariantCulture), id, "deleted"));
        await db.SaveChangesAsync(cancel);
        return new StructureSave(null, []);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
