using System.Text;
using EvalNumerique.Web.Features.Referrals.OpeningHours;

namespace EvalNumerique.Web.Tests.Referrals.OpeningHours;

/// <summary>
/// Writes a parsed schedule back in a canonical opening_hours-like form, Monday first, consecutive equal days joined
/// ("Mo-Fr 09:00-12:00; Sa-Su off; PH off"), so that parse tests compare one readable string per case.
/// Periods past midnight keep their extended end ("Fr 20:00-26:00").
/// </summary>
internal static class ScheduleNotation
{
    private static readonly string[] Abbreviations = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];

    public static string Of(WeeklySchedule schedule)
    {
        var days = WeeklySchedule.MondayFirst;
        var parts = new List<string>();
        int i = 0;
        while (i < days.Count)
        {
            string periods = Periods(schedule.PeriodsOn(days[i]));
            int j = i;
            while (j + 1 < days.Count && Periods(schedule.PeriodsOn(days[j + 1])) == periods)
                j++;
            string selector = i == j ? Abbreviations[(int)days[i]] : $"{Abbreviations[(int)days[i]]}-{Abbreviations[(int)days[j]]}";
            parts.Add($"{selector} {periods}");
            i = j + 1;
        }
        if (schedule.PublicHolidayPeriods is { } holiday)
            parts.Add($"PH {Periods(holiday)}");
        return string.Join("; ", parts);
    }

    private static string Periods(IReadOnlyList<DailyInterval> periods)
    {
        if (periods.Count == 0)
            return "off";
        var text = new StringBuilder();
        foreach (var period in periods)
        {
            if (text.Length > 0)
                text.Append(',');
            text.Append($"{period.StartMinute / 60:00}:{period.StartMinute % 60:00}-{period.EndMinute / 60:00}:{period.EndMinute % 60:00}");
        }
        return text.ToString();
    }
}
