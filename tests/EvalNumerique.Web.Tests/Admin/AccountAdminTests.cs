using System.Net;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Admin;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Admin;

public sealed class AccountAdminTests
{
    private const string NewPassword = "Nouveau-mot-2027";

    private static AccountForm NewMediator(StaffWorld world, string password = NewPassword) => new()
    {
        Email = "nouvelle@test.evalnumerique.test",
        DisplayName = "Nadia",
        Role = StaffRoles.Mediator,
        StructureIds = [world.StructureA.Id],
        Password = password,
    };

    [Fact]
    public async Task An_admin_creates_an_account_that_signs_in_and_sees_its_structure_and_the_log_has_no_password()
    {
        await using var world = await StaffWorld.CreateAsync();
        var accounts = world.Factory.Services.GetRequiredService<AccountAdmin>();
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);

        var created = await accounts.CreateAsync(admin, NewMediator(world));

        Assert.True(created.Succeeded, string.Join(",", created.Problems));
        var scope = await world.ScopeOfAsync("nouvelle@test.evalnumerique.test");
        Assert.True(scope.IsMediator);
        Assert.Equal([world.StructureA.Id], scope.StructureIds);
        await world.SignInAsync("nouvelle@test.evalnumerique.test", NewPassword);
        var row = (await accounts.ListAsync()).Single(r => r.Email == "nouvelle@test.evalnumerique.test");
        Assert.Equal(StaffRoles.Mediator, row.Role);
        Assert.NotNull(row.LastSignIn);
        var log = await world.InDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ManagedAccount).ToListAsync());
        Assert.Single(log);
        Assert.DoesNotContain(log, a => $"{a.Detail}{a.TargetId}".Contains(NewPassword, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Court-1", AdminProblems.PasswordTooShort)]
    [InlineData("toutenminuscules", AdminProblems.PasswordTooWeak)]
    public async Task A_weak_initial_password_is_refused_and_no_account_is_left_behind(string password, string problem)
    {
        await using var world = await StaffWorld.CreateAsync();
        var accounts = world.Factory.Services.GetRequiredService<AccountAdmin>();

        var created = await accounts.CreateAsync(await world.ScopeOfAsync(StaffWorld.Admin), NewMediator(world, password));

        Assert.Equal([problem], created.Problems);
        Assert.False(await world.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == "nouvelle@test.evalnumerique.test")));
    }

    [Fact]
    public async Task An_email_already_used_is_refused()
    {
        await using var world = await StaffWorld.CreateAsync();
        var accounts = world.Factory.Services.GetRequiredService<AccountAdmin>();
        var form = NewMediator(world);
        form.Email = StaffWorld.MediatorB;

        var created = await accounts.CreateAsync(await world.ScopeOfAsync(StaffWorld.Admin), form);

        Assert.Equal([AdminProblems.EmailTaken], created.Problems);
    }

    [Fact]
    public async Task An_admin_cannot_lock_themselves_or_drop_their_own_admin_role()
    {
        await using var world = await StaffWorld.CreateAsync();
        var accounts = world.Factory.Services.GetRequiredService<AccountAdmin>();
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);

        var locked = await accounts.SetLockedAsync(admin, admin.UserId, true);
        var demoted = await accounts.UpdateAsync(admin, new AccountForm { Id = admin.UserId, DisplayName = "Admin", Role = StaffRoles.Mediator });

        Assert.Equal([AdminProblems.CannotLockSelf], locked.Problems);
        Assert.Equal([AdminProblems.CannotDropOwnAdminRole], demoted.Problems);
        Assert.True((await world.ScopeOfAsync(StaffWorld.Admin)).IsAdmin);
        await world.SignInAsync(StaffWorld.Admin);
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_until_unlocked()
    {
        await using var world = await StaffWorld.CreateAsync();
        var accounts = world.Factory.Services.GetRequiredService<AccountAdmin>();
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);
        var mediator = await world.ScopeOfAsync(StaffWorld.MediatorB);

        Assert.True((await accounts.SetLockedAsync(admin, mediator.UserId, true)).Succeeded);
        Assert.True((await accounts.ListAsync()).Single(r => r.Id == mediator.UserId).Locked);
        var refused = await StaffWorld.PostFormAsync(world.Anonymous(), "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = StaffWorld.MediatorB,
            ["Input.Password"] = StaffWorld.Password,
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the form again, not the redirect of a signed-in user

        Assert.True((await accounts.SetLockedAsync(admin, mediator.UserId, false)).Succeeded);
        await world.SignInAsync(StaffWorld.MediatorB);
    }

    [Fact]
    public async Task Role_and_structures_change_and_take_effect_at_once()
    {
        await using var world = await StaffWorld.CreateAsync();
        var accounts = world.Factory.Services.GetRequiredService<AccountAdmin>();
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);
        var trainer = await world.ScopeOfAsync(StaffWorld.Trainer);

        var changed = await accounts.UpdateAsync(admin, new AccountForm
        {
            Id = trainer.UserId,
            DisplayName = "Claire",
            Role = StaffRoles.Mediator,
            StructureIds = [world.StructureA.Id, world.StructureB.Id],
        });

        Assert.True(changed.Succeeded);
        var after = await world.ScopeOfAsync(StaffWorld.Trainer);
        Assert.True(after.IsMediator);
        Assert.Equal("Claire", after.Name);
        Assert.Equal(new[] { world.StructureA.Id, world.StructureB.Id }.Order(), after.StructureIds.Order());
        var entry = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ManagedAccount));
        Assert.Contains("trainer -> mediator", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one()
    {
        await using var world = await StaffWorld.CreateAsync();
        var accounts = world.Factory.Services.GetRequiredService<AccountAdmin>();
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);
        var mediator = await world.ScopeOfAsync(StaffWorld.MediatorA);

        Assert.Equal([AdminProblems.PasswordTooShort], (await accounts.ResetPasswordAsync(admin, mediator.UserId, "Court-1")).Problems);
        Assert.True((await accounts.ResetPasswordAsync(admin, mediator.UserId, NewPassword)).Succeeded);

        await world.SignInAsync(StaffWorld.MediatorA, NewPassword);
        var old = await StaffWorld.PostFormAsync(world.Anonymous(), "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = StaffWorld.MediatorA,
            ["Input.Password"] = StaffWorld.Password,
        });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.DoesNotContain(await world.InDatabaseAsync(db => db.AuditEntries.Select(a => a.Detail).ToListAsync()),
            d => d is not null && d.Contains(NewPassword, StringComparison.Ordinal));
    }
}
