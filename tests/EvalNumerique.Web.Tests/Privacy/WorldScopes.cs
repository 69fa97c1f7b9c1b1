using System.Security.Claims;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Privacy;

/// <summary>The staff scope of a test account, resolved as the app does it, for service-level tests.</summary>
internal static class WorldScopes
{
    public static async Task<StaffScope> ScopeOfAsync(this StaffWorld world, string email)
    {
        string id = await world.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var access = new StaffAccess(world.Factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>());
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id)], "test"));
        return await access.ScopeAsync(principal) ?? throw new InvalidOperationException($"{email} has no scope");
    }
}
