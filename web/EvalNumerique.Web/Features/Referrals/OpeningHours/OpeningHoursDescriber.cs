using EvalNumerique.Web.Resources;
using Microsoft.Extensions.Localization;
using static EvalNumerique.Web.Features.Referrals.OpeningHours.OpeningHoursWords;

namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// Says a place's opening hours in short sentences, one per group of days with the same hours, Monday first:
/// "Ouvert du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h 30." "Fermé le samedi et le dimanche."
/// "Fermé les jours fériés." Hours it could not read are given as written.
/// </summary>
public static class OpeningHoursDescriber
{
    /// <summary>The sentences for a parsed value; one "as written" sentence when it was not understood.</summary>
    public static IReadOnlyList<string> Describe(OpeningHoursParseResult hours, IStringLocalizer<OpeningHoursText> text)
    {
        ArgumentNullException.ThrowIfNull(hours);
        ArgumentNullException.ThrowIfNull(text);
        if (!hours.IsSupported)
            return [string.IsNullOrWhiteSpace(hours.Raw) ? text["NotGiven"] : Format(text["AsWritten"], hours.Raw.Trim())];
        return Describe(hours.Schedule, text);
    }

    /// <summary>The sentences for a weekly schedule: open groups, then the closed days, then public holidays.</summary>
    public static IReadOnlyList<string> Describe(WeeklySchedule schedule, IStringLocalizer<OpeningHoursText> text)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var groups = WeeklySchedule.MondayFirst
            .GroupBy(day => Key(schedule.PeriodsOn(day)))
            .ToList();

        foreach (var group in groups.Where(g => g.Key.Length > 0))
        {
            var periods = schedule.PeriodsOn(group.First());
            sentences.Add(Format(text["OpenSentence"], Days([.. group], text), Periods(periods, text)));
        }
        if (groups.FirstOrDefault(g => g.Key.Length == 0) is { } closed)
        {
            // "Fermé le samedi et le dimanche." is clear; a list of three or more parts is not: "Fermé les autres jours."
            var parts = DayParts([.. closed], text);
            string days = closed.Count() == 7 ? text["EveryDay"] : parts.Count <= 2 ? List(parts, text) : text["OtherDays"];
            sentences.Add(Format(text["ClosedSentence"], days));
        }

        if (schedule.PublicHolidayPeriods is { } holiday)
        {
            sentences.Add(holiday.Count == 0
                ? Format(text["ClosedSentence"], text["PublicHolidays"])
                : Format(text["OpenSentence"], text["PublicHolidays"], Periods(holiday, text)));
        }
        return sentences;
    }

    /// <summary>"tous les jours", "du lundi au vendredi", "le mardi et le jeudi", "du lundi au mercredi et le vendredi".</summary>
    private static string Days(IReadOnlyList<DayOfWeek> days, IStringLocalizer<OpeningHoursText> text) =>
        days.Count == 7 ? text["EveryDay"] : List(DayParts(days, text), text);

    /// <summary>Runs of three or more days become "du lundi au vendredi", shorter runs "le samedi", "le dimanche".</summary>
    private static List<string> DayParts(IReadOnlyList<DayOfWeek> days, IStringLocalizer<OpeningHoursText> text)
    {
        var parts = new List<string>();
        int i = 0;
        while (i < days.Count)
        {
            int j = i;
            while (j + 1 < days.Count && MondayFirstIndex(days[j + 1]) == MondayFirstIndex(days[j]) + 1)
                j++;
            if (j - i >= 2)
            {
                parts.Add(Format(text["DayRange"], Day(days[i], text), Day(days[j], text)));
            }
            else
            {
                for (int k = i; k <= j; k++)
                    parts.Add(Format(text["OneDay"], Day(days[k], text)));
            }
            i = j + 1;
        }
        return parts;
    }

    private static int MondayFirstIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private static string Key(IReadOnlyList<DailyInterval> periods) =>
        string.Join(",", periods.Select(p => $"{p.StartMinute}-{p.EndMinute}"));
}
