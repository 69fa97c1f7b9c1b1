using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Rules;

namespace EvalNumerique.Web.Features.Referrals.Matching;

/// <summary>
/// Where distances are measured from: a commune or postal code the person gives (the centre of
/// the directory's places there), else the structure's own position, else the centre of the
/// directory's places in the structure's postal code. No geocoding service is called: the
/// directory itself is the gazetteer.
/// </summary>
public static class DistanceOrigin
{
    /// <summary>
    /// The origin, its label, and whether a commune or postal code was given but is not in the
    /// directory (the page then says so: distances silently measured from elsewhere would mislead).
    /// </summary>
    public static (GeoPoint? Point, string? Label, bool FromPlaceUnknown) Resolve(string? fromPlace, Structure? structure, IReadOnlyCollection<DirectoryPlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        bool unknown = false;
        if (!string.IsNullOrWhiteSpace(fromPlace))
        {
            string wanted = OfferTag.Fold(fromPlace.Trim());
            var there = places.Where(p => p.PostalCode == fromPlace.Trim() || OfferTag.Fold(p.Commune) == wanted).ToList();
            if (Centre(there) is { } centre) return (centre, fromPlace.Trim(), false);
            unknown = true;
        }
        if (structure is { Latitude: { } lat, Longitude: { } lon }) return (new GeoPoint(lat, lon), structure.Name, unknown);
        if (structure?.PostalCode is { Length: > 0 } postalCode && Centre([.. places.Where(p => p.PostalCode == postalCode)]) is { } near)
            return (near, structure.Name, unknown);
        return (null, null, unknown);
    }

    private static GeoPoint? Centre(IReadOnlyCollection<DirectoryPlace> places)
    {
        var located = places.Where(p => p.Latitude is not null && p.Longitude is not null).ToList();
        if (located.Count == 0) return null;
        return new GeoPoint(located.Average(p => p.Latitude!.Value), located.Average(p => p.Longitude!.Value));
    }
}
