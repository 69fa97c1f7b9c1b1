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
        var settings = new SqliteConnectionSettings(
            configuration.GetValue("Database:BusyTimeoutMilliseconds", 10_000),
            configuration["Database:Synchronous"] ?? "FULL");
        services.AddDbContextFactory<EvalDbContext>(options => options.UseSqlite(connection).AddInterceptors(settings));
        return services;
    }

    /// <summary>Creates or upgrades the database with the EF Core migrations, then seeds roles, the first admin and, in demo mode, the demo town.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<EvalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        // Readers never wait for a writer and a commit appends to the log: many checks answer at once.
        // Persistent in the file; EF Core creates new files in WAL already, this covers older ones.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        await Features.Referrals.Rules.ReferralRuleAdmin.SeedAsync(db, services.GetRequiredService<TimeProvider>().GetUtcNow());
        await Features.Authoring.Calibration.CalibrationService.ApplyInForceAsync(db, services.GetRequiredService<Infrastructure.ItemBankProvider>());
        if (StaffSeeder.DemoMode(services)) await DemoData.SeedAsync(services, db);
        else await StaffSeeder.SeedAsync(services, db, new Dictionary<string, Structure>());
    }
}
