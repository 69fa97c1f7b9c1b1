using System.Globalization;
using EvalNumerique.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>The small pieces of the wording: a time ("9 h", "17 h 30", "minuit"), a period, a day, a list.</summary>
internal static class OpeningHoursWords
{
    public static string Time(int minutes, IStringLocalizer<OpeningHoursText> text)
    {
        int ofDay = minutes % DailyInterval.MinutesPerDay;
        if (ofDay == 0)
            return text["Midnight"];
        int hour = ofDay / 60;
        int minute = ofDay % 60;
        return minute == 0 ? Format(text["TimeOnTheHour"], hour) : Format(text["TimeWithMinutes"], hour, minute);
    }

    /// <summary>"de 9 h à 12 h et de 14 h à 17 h 30", or "24 heures sur 24" for the whole day.</summary>
    public static string Periods(IReadOnlyList<DailyInterval> periods, IStringLocalizer<OpeningHoursText> text) =>
        periods is [{ IsWholeDay: true }]
            ? text["AllDayLong"]
            : List(periods.Select(p => Format(text["Period"], Time(p.StartMinute, text), Time(p.EndMinute, text))).ToList(), text);

    public static string Day(DayOfWeek day, IStringLocalizer<OpeningHoursText> text) => text[$"Day{day}"];

    /// <summary>"a", "a et b", "a, b et c".</summary>
    public static string List(IReadOnlyList<string> parts, IStringLocalizer<OpeningHoursText> text) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => Format(text["ListLast"], string.Join(", ", parts.Take(parts.Count - 1)), parts[^1]),
    };

    public static string Format(string format, params object[] values) =>
        string.Format(CultureInfo.CurrentUICulture, format, values);
}
