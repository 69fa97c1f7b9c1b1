using EvalNumerique.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Matching;

/// <summary>
/// Reads what a suggestion needs from the directory without loading the whole table: the origin
/// is found from a light projection (postal code, commune, position), then only the places
/// within <see cref="ReferralRanking.MaxDistanceKm"/> of it (a latitude/longitude box the database
/// filters), plus the places without a position, are read in full. Without an origin every
/// place is read, as the ranking then cannot use distance anyway.
/// </summary>
public static class NearbyPlaces
{
    public sealed record Result(IReadOnlyList<DirectoryPlace> Places, GeoPoint? Origin, string? OriginLabel, bool FromPlaceUnknown, bool DirectoryEmpty);

    public static async Task<Result> LoadAsync(EvalDbContext db, string? fromPlace, Structure? structure, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        var located = await db.DirectoryPlaces.AsNoTracking()
            .Select(p => new DirectoryPlace { Source = "", SourceId = "", Name = "", PostalCode = p.PostalCode, Commune = p.Commune, Latitude = p.Latitude, Longitude = p.Longitude })
            .ToListAsync(cancel);
        if (located.Count == 0) return new Result([], null, null, false, true);
        var (origin, label, unknown) = DistanceOrigin.Resolve(fromPlace, structure, located);
        if (origin is not { } o) return new Result(await db.DirectoryPlaces.AsNoTracking().ToListAsync(cancel), null, label, unknown, false);

        // One degree of latitude is 111.2 km; one of longitude shrinks with cos(latitude). A margin of 1 %.
        double dLat = ReferralRanking.MaxDistanceKm / 111.2 * 1.01;
        double dLon = ReferralRanking.MaxDistanceKm / (111.2 * Math.Max(0.05, Math.Cos(o.Latitude * Math.PI / 180))) * 1.01;
        double south = o.Latitude - dLat, north = o.Latitude + dLat, west = o.Longitude - dLon, east = o.Longitude + dLon;
        var places = await db.DirectoryPlaces.AsNoTracking()
            .Where(p => p.Latitude == null || p.Longitude == null
                || (p.Latitude >= south && p.Latitude <= north && p.Longitude >= west && p.Longitude <= east))
            .ToListAsync(cancel);
        return new Result(places, o, label, unknown, false);
    }
}
