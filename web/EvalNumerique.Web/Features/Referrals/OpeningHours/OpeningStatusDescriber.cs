using System.Globalization;
using EvalNumerique.Web.Resources;
using Microsoft.Extensions.Localization;
using static EvalNumerique.Web.Features.Referrals.OpeningHours.OpeningHoursWords;

namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// Says an <see cref="OpeningStatus"/>: "Ouvert maintenant, jusqu'à 12 h." "Fermé maintenant. Ouvre demain à 9 h."
/// The day is "aujourd'hui", "demain", a weekday within a week, then the date ("lundi 13 avril").
/// </summary>
public static class OpeningStatusDescriber
{
    /// <summary>The status of parsed hours at <paramref name="now"/>; when they were not understood, that we do not know.</summary>
    public static string Describe(OpeningHoursParseResult hours, DateTimeOffset now, TimeZoneInfo zone, IStringLocalizer<OpeningHoursText> text)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(text);
        return hours.IsSupported
            ? Describe(OpeningStatusCalculator.At(hours.Schedule, now, zone), text)
            : text["StatusUnknown"];
    }

    /// <summary>One or two short sentences for a status.</summary>
    public static string Describe(OpeningStatus status, IStringLocalizer<OpeningHoursText> text)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(text);
        var today = DateOnly.FromDateTime(status.At.DateTime);
        if (status.IsOpen)
        {
            if (status.OpenUntil is not { } until)
                return text["OpenNow"];
            // Closing at 00:00 is said as "minuit" of the day before: "jusqu'à minuit", not "jusqu'à demain à minuit".
            var closingDay = DateOnly.FromDateTime(until.DateTime);
            if (until.TimeOfDay == TimeSpan.Zero)
                closingDay = closingDay.AddDays(-1);
            string time = Time((int)until.TimeOfDay.TotalMinutes, text);
            return closingDay == today
                ? Format(text["OpenNowUntil"], time)
                : Format(text["OpenNowUntilDay"], DayWord(closingDay, today, text), time);
        }
        if (status.NextOpening is not { } next)
            return Format(text["ClosedNowNoOpening"], OpeningStatusCalculator.LookAheadDays);
        return Format(text["ClosedNowOpens"],
            DayWord(DateOnly.FromDateTime(next.DateTime), today, text),
            Time((int)next.TimeOfDay.TotalMinutes, text));
    }

    private static string DayWord(DateOnly date, DateOnly today, IStringLocalizer<OpeningHoursText> text)
    {
        int daysAhead = date.DayNumber - today.DayNumber;
        return daysAhead switch
        {
            0 => text["Today"],
            1 => text["Tomorrow"],
            <= 7 => Day(date.DayOfWeek, text),
            _ => date.ToString(text["DateFarAhead"], CultureInfo.CurrentUICulture),
        };
    }
}
