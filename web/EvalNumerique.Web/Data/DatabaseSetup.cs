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

    /// <summary>Creates or upgrades the database with the EF Core migrations, then seeds the demo structure.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<EvalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        if (!await db.Structures.AnyAsync(s => s.IsDemo))
        {
            db.Structures.Add(new Structure
            {
                Name = "Centre social des Tilleuls (démonstration)",
                Address = "12 rue des Tilleuls, 00000 Ville-Démo — structure fictive",
                IsDemo = true,
            });
            await db.SaveChangesAsync();
        }
    }
}
