using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Demo;

/// <summary>
/// The demo's fictional town: two structures, their staff accounts and three simulated people with
/// their checks (<see cref="DemoPeople"/>). Seeded only in Development
/// with <c>Demo:Seed</c> on; every name says "démo" so nobody takes it for real data.
/// </summary>
public static class DemoData
{
    public static async Task SeedAsync(IServiceProvider services, EvalDbContext db)
    {
        var structures = new Dictionary<string, Structure>
        {
            ["tilleuls"] = await EnsureStructureAsync(db, new Structure
            {
                Name = "Centre social des Tilleuls",
                Kind = StructureKind.Association,
                Address = "14 rue des Tilleuls",
                PostalCode = "00000",
                Commune = "Ville-Démo (fictive)",
                Latitude = 46.5130,
                Longitude = 2.5168,
                IsDemo = true,
            }),
            ["france-services"] = await EnsureStructureAsync(db, new Structure
            {
                Name = "France Services de Ville-Démo",
                Kind = StructureKind.FranceServices,
                Address = "1 place de la Mairie",
                PostalCode = "00000",
                Commune = "Ville-Démo (fictive)",
                Latitude = 46.5008,
                Longitude = 2.4993,
                IsDemo = true,
            }),
        };
        await StaffSeeder.SeedAsync(services, db, structures);
        await DemoPeople.SeedAsync(services, db, structures);
        await DemoDirectory.SeedAsync(services, db, structures);
        await DemoCalibrationData.SeedAsync(services, db);
    }

    private static async Task<Structure> EnsureStructureAsync(EvalDbContext db, Structure structure)
    {
        var existing = await db.Structures.FirstOrDefaultAsync(s => s.IsDemo && s.Name == structure.Name);
        if (existing is not null)
        {
            // Demo databases made before positions existed get them, so distances can be measured.
            existing.Latitude ??= structure.Latitude;
            existing.Longitude ??= structure.Longitude;
            await db.SaveChangesAsync();
            return existing;
        }
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        return structure;
    }
}
