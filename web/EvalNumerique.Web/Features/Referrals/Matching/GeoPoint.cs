namespace EvalNumerique.Web.Features.Referrals.Matching;

/// <summary>A WGS84 position.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088; // IUGG mean radius

    /// <summary>Great-circle distance by the haversine formula (Sinnott 1984), in kilometres.</summary>
    public double DistanceKm(GeoPoint other)
    {
        double lat1 = Radians(Latitude), lat2 = Radians(other.Latitude);
        double dLat = lat2 - lat1, dLon = Radians(other.Longitude - Longitude);
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
