using System.Security.Claims;
using EvalNumerique.Web.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Accounts;

/// <summary>
/// Resolves the signed-in staff member's scope from the database on every call (a membership
/// removed by an admin takes effect at once, not at the next sign-in).
/// </summary>
public sealed class StaffAccess(IDbContextFactory<EvalDbContext> dbFactory, AuthenticationStateProvider? authState = null)
{
    /// <summary>The scope of the user of the current circuit or request, or null when nobody is signed in.</summary>
    public async Task<StaffScope?> CurrentAsync(CancellationToken cancel = default)
    {
        if (authState is null) return null;
        var state = await authState.GetAuthenticationStateAsync();
        return await ScopeAsync(state.User, cancel);
    }

    /// <summary>The scope of this principal, or null when it is not a staff member any more.</summary>
    public async Task<StaffScope?> ScopeAsync(ClaimsPrincipal principal, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(principal);
        string? userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancel);
        if (user is null) return null;
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name).ToListAsync(cancel);
        var structures = await db.StructureMemberships.Where(m => m.UserId == userId).Select(m => m.StructureId).ToListAsync(cancel);
        string name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? userId : user.DisplayName;
        return new StaffScope(userId, name, roles.Contains(StaffRoles.Admin), roles.Contains(StaffRoles.Mediator), structures.ToHashSet())
        {
            IsTrainer = roles.Contains(StaffRoles.Trainer),
        };
    }
}
