using EvalNumerique.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Accounts;

/// <summary>
/// Roles, the first admin, and — in the Development environment only — demo accounts. No account
/// with a known password is ever created in Production: the first admin's password comes from
/// configuration (a secret) or from the <c>create-admin</c> command.
/// </summary>
public static class StaffSeeder
{
    /// <summary>Password of every demo account; printed at start-up in demo mode, refused outside Development.</summary>
    public const string DemoPassword = "Demo-Mediation-2026";

    public static readonly IReadOnlyList<DemoAccount> DemoAccounts =
    [
        new("admin@demo.evalnumerique.test", "Admin Démo", StaffRoles.Admin, ["tilleuls"]),
        new("mediatrice@demo.evalnumerique.test", "Awa (médiatrice, démo)", StaffRoles.Mediator, ["tilleuls"]),
        new("mediateur@demo.evalnumerique.test", "Karim (médiateur, démo)", StaffRoles.Mediator, ["france-services"]),
        new("formatrice@demo.evalnumerique.test", "Claire (formatrice, démo)", StaffRoles.Trainer, []),
    ];

    public static async Task SeedAsync(IServiceProvider services, EvalDbContext db, IReadOnlyDictionary<string, Structure> demoStructures)
    {
        using var scope = services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (string role in StaffRoles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var configuration = services.GetRequiredService<IConfiguration>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("EvalNumerique.Accounts");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();

        if (configuration["Admin:Email"] is { Length: > 0 } adminEmail && configuration["Admin:Password"] is { Length: > 0 } adminPassword
            && await users.FindByEmailAsync(adminEmail) is null)
        {
            var errors = await CreateAsync(users, adminEmail, "Admin", adminPassword, StaffRoles.Admin);
            if (errors.Count > 0) throw new InvalidOperationException($"Admin:Email/Admin:Password: {string.Join(" ", errors)}");
            log.LogInformation("First admin {Email} created from configuration.", adminEmail);
        }

        if (!DemoMode(services)) return;
        foreach (var demo in DemoAccounts)
        {
            var user = await users.FindByEmailAsync(demo.Email);
            if (user is null)
            {
                await CreateAsync(users, demo.Email, demo.DisplayName, DemoPassword, demo.Role);
                user = await users.FindByEmailAsync(demo.Email) ?? throw new InvalidOperationException("Demo account not created.");
            }
            foreach (string key in demo.Structures)
            {
                int structureId = demoStructures[key].Id;
                if (!await db.StructureMemberships.AnyAsync(m => m.UserId == user.Id && m.StructureId == structureId))
                    db.StructureMemberships.Add(new StructureMembership { UserId = user.Id, StructureId = structureId });
            }
        }
        await db.SaveChangesAsync();
        log.LogWarning("Demo accounts (fictional, Development only), password {Password}: {Accounts}", DemoPassword,
            string.Join(", ", DemoAccounts.Select(a => $"{a.Email} ({a.Role})")));
    }

    /// <summary>Demo data is seeded only in Development, and only when <c>Demo:Seed</c> is true.</summary>
    public static bool DemoMode(IServiceProvider services) =>
        services.GetRequiredService<IHostEnvironment>().IsDevelopment()
        && services.GetRequiredService<IConfiguration>().GetValue("Demo:Seed", false);

    /// <summary>Creates an account with one role; returns Identity's error descriptions (empty on success).</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(UserManager<StaffUser> users, string email, string displayName, string password, string role)
    {
        ArgumentNullException.ThrowIfNull(users);
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return [.. created.Errors.Select(e => e.Description)];
        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? [] : [.. added.Errors.Select(e => e.Description)];
    }
}

/// <summary>A fictional account of the demo.</summary>
public sealed record DemoAccount(string Email, string DisplayName, string Role, IReadOnlyList<string> Structures);
