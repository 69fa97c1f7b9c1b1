using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Matching;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals.Matching;

/// <summary>Only the places that can be suggested are read in full: those within the distance limit, and those without a position.</summary>
public sealed class NearbyPlacesTests
{
    private static DirectoryPlace Place(string id, string postalCode, string commune, double? lat, double? lon) => new()
    {
        Source = "test", SourceId = id, Name = id, PostalCode = postalCode, Commune = commune, Latitude = lat, Longitude = lon,
    };

    [Fact]
    public async Task Places_beyond_the_limit_are_not_read_places_without_a_position_are()
    {
        await using var world = await StaffWorld.CreateAsync();
        await using var db = await world.Factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>().CreateDbContextAsync();
        // Around Lyon (45.76, 4.84): 0.3° of latitude ≈ 33 km (in), 0.5° ≈ 56 km (out); Paris is far away.
        db.DirectoryPlaces.AddRange(
            Place("here", "69001", "Lyon", 45.76, 4.84),
            Place("near", "69500", "Bron", 46.06, 4.84),
            Place("beyond", "01000", "Bourg", 46.26, 4.84),
            Place("paris", "75001", "Paris", 48.86, 2.35),
            Place("unplaced", "69100", "Villeurbanne", null, null));
        await db.SaveChangesAsync();

        var result = await NearbyPlaces.LoadAsync(db, "69001", structure: null, default);
        Assert.Equal(["here", "near", "unplaced"], result.Places.Select(p => p.SourceId).Order());
        Assert.Equal(45.76, result.Origin!.Value.Latitude, precision: 9);
        Assert.False(result.FromPlaceUnknown);

        var unknown = await NearbyPlaces.LoadAsync(db, "99999", structure: null, default);
        Assert.True(unknown.FromPlaceUnknown);
        Assert.Null(unknown.Origin);
        Assert.Equal(5, unknown.Places.Count); // no origin: every place, ranked without distance
    }
}
