using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Data;

/// <summary>
/// The one place that knows the database provider. SQLite by default (a file next to the app,
/// zero setup); another provider (PostgreSQL) would be added here, pages and services untouched.
/// </summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddEvalDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        string connection = configuration.GetConnectionString("EvalNumerique") ?? "Data Source=evalnumerique.db";
        string provider = configuration["Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Database provider '{provider}' is not available; use Sqlite.");
        services.AddDbContextFactory<EvalDbContext>(options => options.UseSqlite(connection));
        return services;
    }

    /// <summary>Creates or upgrades the database with the EF Core migrations, then seeds roles, the first admin and, in demo mode, the demo town.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<EvalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        if (StaffSeeder.DemoMode(services)) await DemoData.SeedAsync(services, db);
        else await StaffSeeder.SeedAsync(services, db, new Dictionary<string, Structure>());
    }
}
