using System.Text;

namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// Reads the <c>horaires</c> of a mediation place, written in OpenStreetMap's opening_hours syntax
/// (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification), into a <see cref="WeeklySchedule"/>.
/// Rules after <c>;</c> replace earlier rules on the days they select, rules after <c>,</c> add to them, and a rule
/// after <c>||</c> applies to the days no earlier rule selected. A value it cannot read exactly (months, week numbers,
/// sunrise, comments, numbered weekdays…) comes back unsupported with the reason: it never throws.
/// </summary>
public static class OpeningHoursParser
{
    /// <summary>Parses one value; null, empty or unreadable values come back unsupported.</summary>
    public static OpeningHoursParseResult Parse(string? raw)
    {
        string original = raw ?? "";
        string text = Normalise(original);
        if (text.Length == 0)
            return OpeningHoursParseResult.Unsupported(original, "no opening hours given");
        if (text.Contains('"', StringComparison.Ordinal))
            return OpeningHoursParseResult.Unsupported(original, "comments in quotes are not supported: they are shown as written");

        var rules = new List<OpeningHoursRule>();
        int number = 0;
        foreach (var (segment, kind) in Segments(text))
        {
            number++;
            if (segment.Length == 0)
                continue;
            if (OpeningHoursRuleReader.Read(segment, kind, rules) is { } error)
                return OpeningHoursParseResult.Unsupported(original, $"rule {number} (\"{segment}\"): {error}");
        }
        if (rules.Count == 0)
            return OpeningHoursParseResult.Unsupported(original, "no opening hours given");

        var ordinary = new IReadOnlyList<DailyInterval>[7];
        var holiday = new IReadOnlyList<DailyInterval>[7];
        for (int day = 0; day < 7; day++)
        {
            ordinary[day] = Evaluate(rules, (DayOfWeek)day, isPublicHoliday: false);
            holiday[day] = Evaluate(rules, (DayOfWeek)day, isPublicHoliday: true);
        }

        IReadOnlyList<DailyInterval>? publicHolidays;
        if (Enumerable.Range(0, 7).All(day => holiday[day].SequenceEqual(ordinary[day])))
            publicHolidays = null;
        else if (holiday.All(periods => periods.SequenceEqual(holiday[0])))
            publicHolidays = holiday[0];
        else
            return OpeningHoursParseResult.Unsupported(original,
                "public-holiday hours change with the weekday because a weekday rule comes after the PH rule: put the PH rule last");

        return OpeningHoursParseResult.Supported(original, new WeeklySchedule(ordinary, publicHolidays));
    }

    /// <summary>The periods the rules give one kind of day, evaluated in order as the specification says.</summary>
    private static DailyInterval[] Evaluate(List<OpeningHoursRule> rules, DayOfWeek day, bool isPublicHoliday)
    {
        var periods = new List<DailyInterval>();
        bool selected = false;
        foreach (var rule in rules)
        {
            if (!rule.Selects(day, isPublicHoliday))
                continue;
            switch (rule.Kind)
            {
                case OpeningHoursRuleKind.Fallback when selected:
                    continue;
                case OpeningHoursRuleKind.Additional:
                    periods.AddRange(rule.Periods);
                    break;
                default:
                    periods = [.. rule.Periods];
                    break;
            }
            selected = true;
        }
        return Merge(periods);
    }

    /// <summary>Sorted, with overlapping or touching periods joined: 09:00-12:00,11:00-13:00 is 09:00-13:00.</summary>
    private static DailyInterval[] Merge(List<DailyInterval> periods)
    {
        var merged = new List<DailyInterval>();
        foreach (var period in periods.OrderBy(p => p.StartMinute))
        {
            if (merged.Count > 0 && period.StartMinute <= merged[^1].EndMinute)
                merged[^1] = merged[^1] with { EndMinute = Math.Max(merged[^1].EndMinute, period.EndMinute) };
            else
                merged.Add(period);
        }
        return [.. merged];
    }

    /// <summary>Rule sequences with the separator before each: <c>;</c> (normal) or <c>||</c> (fallback).</summary>
    private static IEnumerable<(string Segment, OpeningHoursRuleKind Kind)> Segments(string text)
    {
        var kind = OpeningHoursRuleKind.Normal;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool fallback = i + 1 < text.Length && text[i] == '|' && text[i + 1] == '|';
            if (i < text.Length && text[i] != ';' && !fallback)
                continue;
            yield return (text[start..i].Trim(), kind);
            kind = fallback ? OpeningHoursRuleKind.Fallback : OpeningHoursRuleKind.Normal;
            start = fallback ? i + 2 : i + 1;
            if (fallback)
                i++;
        }
    }

    /// <summary>One plain space for any run of white space (no-break spaces and line breaks included), ASCII hyphens for dashes.</summary>
    private static string Normalise(string raw)
    {
        var text = new StringBuilder(raw.Length);
        foreach (char c in raw.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                    text.Append(' ');
            }
            else
            {
                text.Append(c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' ? '-' : c);
            }
        }
        return text.ToString().Trim();
    }
}
