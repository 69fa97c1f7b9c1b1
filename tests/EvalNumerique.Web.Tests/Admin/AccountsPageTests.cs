using System.Security.Claims;
using Bunit;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Admin;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Admin;

public sealed class AccountsPageTests : ComponentTest
{
    [Fact]
    public async Task The_admin_sees_every_account_and_no_lock_button_on_their_own_row()
    {
        await using var world = await StaffWorld.CreateAsync();
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);
        Context.AddAuthorization().SetAuthorized(StaffWorld.Admin).SetClaims(new Claim(ClaimTypes.NameIdentifier, admin.UserId));
        Context.Services.AddSingleton(world.Factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>());
        Context.Services.AddSingleton(world.Factory.Services.GetRequiredService<AccountAdmin>());
        Context.Services.AddSingleton(world.Factory.Services.GetRequiredService<StructureAdmin>());
        Context.Services.AddScoped<StaffAccess>();

        var cut = Context.Render<AccountsPage>();
        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr").Count));

        var own = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains(StaffWorld.Admin, StringComparison.Ordinal));
        var other = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains(StaffWorld.MediatorA, StringComparison.Ordinal));
        Assert.DoesNotContain(own.QuerySelectorAll("button"), b => b.TextContent == "Bloquer");
        Assert.Contains("CCAS A", other.TextContent, StringComparison.Ordinal);

        other.QuerySelectorAll("button").Single(b => b.TextContent == "Bloquer").Click();

        cut.WaitForAssertion(() => Assert.Contains("est bloqué", cut.Find("p.form-message").TextContent, StringComparison.Ordinal));
        Assert.True((await world.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == StaffWorld.MediatorA))).LockoutEnd > DateTimeOffset.UtcNow);
    }
}
