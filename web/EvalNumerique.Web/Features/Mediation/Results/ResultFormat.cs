using System.Globalization;
using EvalNumerique.Web.Infrastructure;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>
/// Numbers and dates of the results pages in the reader's culture: θ with a true minus sign and two
/// decimals, dates in French metropolitan time (the structures' time; stored dates are UTC).
/// </summary>
public static class ResultFormat
{
    /// <summary>"0,35", "−1,20" (U+2212: a screen reader says "moins", a hyphen it may skip).</summary>
    public static string Number(double value) =>
        value.ToString("0.00", CultureInfo.CurrentCulture).Replace('-', '−');

    /// <summary>"+0,35" or "−1,20": a difference with its sign.</summary>
    public static string Difference(double value) => (value > 0 ? "+" : "") + Number(value);

    /// <summary>The interval with the culture's format string ("[{0} ; {1}]").</summary>
    public static string Interval(MeasuredTheta measure, string format) =>
        string.Format(CultureInfo.CurrentCulture, format, Number(measure.Lower), Number(measure.Upper));

    public static string Date(DateTimeOffset at) => Local(at).ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A long date for a printed page: "12 mars 2026".</summary>
    public static string LongDate(DateTimeOffset at) => Local(at).ToString("D", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset at) => Local(at).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>A month and year for a chart axis: "03/2026".</summary>
    public static string MonthYear(DateTimeOffset at) => Local(at).ToString("MM/yyyy", CultureInfo.CurrentCulture);

    /// <summary>Seconds with one decimal.</summary>
    public static string Seconds(double seconds) => seconds.ToString("0.0", CultureInfo.CurrentCulture);

    /// <summary>A duration in the largest two units, with formats for (min, s), (h, min) and (d, h).</summary>
    public static string Duration(TimeSpan span, string minutesSeconds, string hoursMinutes, string daysHours)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        var culture = CultureInfo.CurrentCulture;
        if (span.TotalHours < 1) return string.Format(culture, minutesSeconds, (int)span.TotalMinutes, span.Seconds);
        if (span.TotalDays < 1) return string.Format(culture, hoursMinutes, (int)span.TotalHours, span.Minutes);
        return string.Format(culture, daysHours, (int)span.TotalDays, span.Hours);
    }

    private static DateTimeOffset Local(DateTimeOffset at) => FrenchTime.Local(at);
}
