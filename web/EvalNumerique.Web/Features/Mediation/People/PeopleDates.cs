using System.Globalization;
using EvalNumerique.Web.Infrastructure;

namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>
/// Dates for staff screens, in French time whatever the server's zone (dates are stored in UTC):
/// a mediator in Lyon reads the hour they saw on the wall clock.
/// </summary>
public static class PeopleDates
{
    public static string Date(DateTimeOffset at) => FrenchTime.Local(at).ToString("d", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset at) => FrenchTime.Local(at).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>"1950" as written in the page's language ("années 1950" / "1950s").</summary>
    public static string Decade(int decade, string format) => string.Format(CultureInfo.CurrentCulture, format, decade);
}
