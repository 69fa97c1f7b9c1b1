using System.Globalization;

namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>
/// Dates for staff screens, in French time whatever the server's zone (dates are stored in UTC):
/// a mediator in Lyon reads the hour they saw on the wall clock.
/// </summary>
public static class PeopleDates
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>"1950" as written in the page's language ("années 1950" / "1950s").</summary>
    public static string Decade(int decade, string format) => string.Format(CultureInfo.CurrentCulture, format, decade);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Local;
        }
    }
}
