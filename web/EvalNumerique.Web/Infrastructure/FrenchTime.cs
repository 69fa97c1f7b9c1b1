namespace EvalNumerique.Web.Infrastructure;

/// <summary>
/// Metropolitan French time (Europe/Paris), whatever the server's zone: dates are stored in UTC,
/// and people read the hour of their wall clock and the opening hours of their town.
/// </summary>
public static class FrenchTime
{
    public static TimeZoneInfo Zone { get; } = FindZone();

    public static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // a machine without time zone data still shows consistent dates
        }
    }
}
