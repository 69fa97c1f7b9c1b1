using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>
/// Staff accounts, for admins: create (one role, structures, initial password), change role and
/// structures, lock and unlock, reset the password. An admin cannot take away their own admin role
/// or lock themselves out. Every change is audited (ManagedAccount) — never with a password.
/// Each call works in its own DI scope: a circuit never keeps Identity's DbContext alive.
/// </summary>
public sealed class AccountAdmin(IServiceScopeFactory scopes, IDbContextFactory<EvalDbContext> dbFactory, AuditLog audit, TimeProvider clock,
    Follow.FollowConnections liveConnections)
{
    public const int MinPasswordLength = 10;

    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancel);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(cancel);
        var memberships = await db.StructureMemberships.AsNoTracking().ToListAsync(cancel);
        var signIns = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.SignedIn && a.UserId != null)
            .GroupBy(a => a.UserId!)
            .Select(g => new { UserId = g.Key, Last = g.Max(a => a.At) })
            .ToDictionaryAsync(g => g.UserId, g => g.Last, cancel);
        return [.. users.Select(u => new AccountRow(
            u.Id,
            u.Email ?? u.UserName ?? u.Id,
            u.DisplayName,
            roles.FirstOrDefault(r => r.UserId == u.Id)?.Name ?? "",
            [.. memberships.Where(m => m.UserId == u.Id).Select(m => m.StructureId).Order()],
            u.LockoutEnd is { } end && end > clock.GetUtcNow(),
            signIns.TryGetValue(u.Id, out var last) ? last : null))];
    }

    public async Task<AccountChange> CreateAsync(StaffScope admin, AccountForm form, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(form);
        var problems = CommonProblems(form);
        if (!System.Net.Mail.MailAddress.TryCreate(form.Email?.Trim(), out _)) problems.Add(AdminProblems.EmailInvalid);
        if ((form.Password?.Length ?? 0) < MinPasswordLength) problems.Add(AdminProblems.PasswordTooShort);
        if (problems.Count > 0) return new AccountChange(null, problems);
        if (!await StructuresExistAsync(form.StructureIds, cancel)) return AccountChange.Refused(AdminProblems.StructureUnknown);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        string email = form.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null) return AccountChange.Refused(AdminProblems.EmailTaken);
        var errors = await StaffSeeder.CreateAsync(users, email, form.DisplayName.Trim(), form.Password!, form.Role);
        if (errors.Count > 0)
        {
            // Identity refused (password rules): nothing half-created stays behind.
            if (await users.FindByEmailAsync(email) is { } half) await users.DeleteAsync(half);
            return AccountChange.Refused(AdminProblems.PasswordTooWeak);
        }
        var user = (await users.FindByEmailAsync(email))!;
        await SetStructuresAsync(user.Id, form.StructureIds, cancel);
        await audit.RecordAsync(admin, AuditActions.ManagedAccount, "user", user.Id, null,
            $"created; role {form.Role}; structures {Structures(form.StructureIds)}", cancel);
        return new AccountChange(user.Id, []);
    }

    /// <summary>Changes display name, role and structures (not the e-mail, not the password).</summary>
    public async Task<AccountChange> UpdateAsync(StaffScope admin, AccountForm form, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(form);
        var problems = CommonProblems(form);
        if (form.Id == admin.UserId && form.Role != StaffRoles.Admin) problems.Add(AdminProblems.CannotDropOwnAdminRole);
        if (problems.Count > 0) return new AccountChange(null, problems);
        if (!await StructuresExistAsync(form.StructureIds, cancel)) return AccountChange.Refused(AdminProblems.StructureUnknown);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = form.Id is null ? null : await users.FindByIdAsync(form.Id);
        if (user is null) return AccountChange.Refused(AdminProblems.AccountNotFound);
        var details = new List<string>();
        if (user.DisplayName != form.DisplayName.Trim())
        {
            user.DisplayName = form.DisplayName.Trim();
            await users.UpdateAsync(user);
            details.Add("display name");
        }
        var current = await users.GetRolesAsync(user);
        if (current.Count != 1 || current[0] != form.Role)
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, form.Role);
            // No longer a mediator or admin: the live follow-up stops now, not at the next reconnection.
            if (form.Role == StaffRoles.Trainer) await liveConnections.LeaveAllAsync(user.Id, cancel);
            // The role lives in the sign-in cookie: a new security stamp makes it re-read.
            await users.UpdateSecurityStampAsync(user);
            details.Add($"role {string.Join('+', current)} -> {form.Role}");
        }
        if (await SetStructuresAsync(user.Id, form.StructureIds, cancel)) details.Add($"structures {Structures(form.StructureIds)}");
        if (details.Count > 0)
            await audit.RecordAsync(admin, AuditActions.ManagedAccount, "user", user.Id, null, "updated; " + string.Join("; ", details), cancel);
        return new AccountChange(user.Id, []);
    }

    /// <summary>Locks an account until unlocked (its sessions end at the next check of the cookie), or unlocks it.</summary>
    public async Task<AccountChange> SetLockedAsync(StaffScope admin, string userId, bool locked, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(userId);
        if (locked && userId == admin.UserId) return AccountChange.Refused(AdminProblems.CannotLockSelf);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return AccountChange.Refused(AdminProblems.AccountNotFound);
        if (locked)
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            await users.UpdateSecurityStampAsync(user);
            await liveConnections.LeaveAllAsync(user.Id, cancel);
        }
        else
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        await audit.RecordAsync(admin, AuditActions.ManagedAccount, "user", user.Id, null, locked ? "locked" : "unlocked", cancel);
        return new AccountChange(user.Id, []);
    }

    /// <summary>Sets a new password typed by the admin; the log says only that it was reset.</summary>
    public async Task<AccountChange> ResetPasswordAsync(StaffScope admin, string userId, string newPassword, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(userId);
        if ((newPassword?.Length ?? 0) < MinPasswordLength) return AccountChange.Refused(AdminProblems.PasswordTooShort);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null) return AccountChange.Refused(AdminProblems.AccountNotFound);
        string token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword!);
        if (!reset.Succeeded) return AccountChange.Refused(AdminProblems.PasswordTooWeak);
        await audit.RecordAsync(admin, AuditActions.ManagedAccount, "user", user.Id, null, "password reset", cancel);
        return new AccountChange(user.Id, []);
    }

    private static List<string> CommonProblems(AccountForm form)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(form.DisplayName) || form.DisplayName.Trim().Length > 100) problems.Add(AdminProblems.DisplayNameRequired);
        if (!StaffRoles.All.Contains(form.Role)) problems.Add(AdminProblems.RoleUnknown);
        return problems;
    }

    private async Task<bool> StructuresExistAsync(HashSet<int> ids, CancellationToken cancel)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.Structures.CountAsync(s => ids.Contains(s.Id), cancel) == ids.Count;
    }

    /// <summary>Makes the account's memberships exactly these; true if anything changed.</summary>
    private async Task<bool> SetStructuresAsync(string userId, HashSet<int> structureIds, CancellationToken cancel)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var current = await db.StructureMemberships.Where(m => m.UserId == userId).ToListAsync(cancel);
        var removed = current.Where(m => !structureIds.Contains(m.StructureId)).ToList();
        var added = structureIds.Where(id => current.All(m => m.StructureId != id)).ToList();
        db.StructureMemberships.RemoveRange(removed);
        db.StructureMemberships.AddRange(added.Select(id => new StructureMembership { UserId = userId, StructureId = id }));
        await db.SaveChangesAsync(cancel);
        await liveConnections.LeaveAsync(userId, removed.Select(m => m.StructureId), cancel);
        return removed.Count + added.Count > 0;
    }

    private static string Structures(IEnumerable<int> ids) => ids.Any() ? string.Join(',', ids.Order()) : "none";
}
