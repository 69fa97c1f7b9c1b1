using System.Globalization;

namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// Reads one rule sequence of an OpenStreetMap opening_hours value (the text between <c>;</c> or <c>||</c>),
/// which may hold several rules joined by the additional-rule comma (<c>Mo-Fr 08:00-12:00, We 14:00-18:00</c>).
/// Supported: weekdays, ranges (wrapping <c>Sa-Mo</c>), <c>PH</c>, time ranges (<c>9:00</c>, <c>24:00</c>,
/// past midnight), <c>24/7</c>, <c>off</c>/<c>closed</c>/<c>open</c>. Everything else is reported, never thrown.
/// </summary>
internal sealed class OpeningHoursRuleReader
{
    private static readonly string[] DayWords = ["su", "mo", "tu", "we", "th", "fr", "sa"];
    private static readonly string[] MonthWords = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] VariableTimes = ["sunrise", "sunset", "dawn", "dusk"];

    private readonly string _text;
    private int _position;

    private OpeningHoursRuleReader(string text) => _text = text;

    /// <summary>Adds the rules of <paramref name="text"/> to <paramref name="rules"/>; returns why it cannot, or null.</summary>
    public static string? Read(string text, OpeningHoursRuleKind kind, List<OpeningHoursRule> rules) =>
        new OpeningHoursRuleReader(text).ReadRules(kind, rules);

    private char Peek => _position < _text.Length ? _text[_position] : '\0';

    private bool AtEnd => _position >= _text.Length;

    private string? ReadRules(OpeningHoursRuleKind kind, List<OpeningHoursRule> rules)
    {
        while (true)
        {
            var weekdays = new HashSet<DayOfWeek>();
            bool publicHolidays = false;
            List<DailyInterval>? periods = null;
            SkipSpaces();
            if (TryConsume("24/7"))
            {
                periods = [DailyInterval.WholeDay];
            }
            else
            {
                if (ReadDays(weekdays, ref publicHolidays) is { } dayError)
                    return dayError;
                SkipSpaces();
                // Lenient: "Mo-Fr: 09:00-12:00" is a common way of writing "Mo-Fr 09:00-12:00".
                if ((weekdays.Count > 0 || publicHolidays) && Peek == ':')
                {
                    _position++;
                    SkipSpaces();
                }
                if (char.IsAsciiDigit(Peek) || Peek == '(' || (char.IsAsciiLetter(Peek) && IsVariableTime(PeekWord())))
                {
                    periods = [];
                    if (ReadPeriods(periods) is { } timeError)
                        return timeError;
                }
            }

            SkipSpaces();
            bool closed = false;
            bool explicitlyOpen = false;
            string word = PeekWord().ToUpperInvariant();
            if (word is "OFF" or "CLOSED")
            {
                if (periods is not null && !periods.SequenceEqual([DailyInterval.WholeDay]))
                    return "closing for part of a day (times followed by 'off') is not supported";
                closed = true;
                _position += word.Length;
            }
            else if (word == "OPEN")
            {
                explicitlyOpen = true;
                _position += word.Length;
            }
            else if (word == "UNKNOWN")
            {
                return "the 'unknown' state is not supported: give the hours, or leave the field empty";
            }

            bool selectsSomething = weekdays.Count > 0 || publicHolidays;
            if (!selectsSomething && periods is null && !closed && !explicitlyOpen)
                return AtEnd ? "nothing to read: expected days, times, 24/7 or off" : $"unexpected '{Rest()}'";
            if (closed && kind == OpeningHoursRuleKind.Additional)
                return "'off' after a comma is not supported: start the closed days with ';'";

            rules.Add(new OpeningHoursRule(kind, weekdays, publicHolidays, closed ? [] : periods ?? [DailyInterval.WholeDay]));

            SkipSpaces();
            if (AtEnd)
                return null;
            if (Peek != ',')
                return $"unexpected '{Rest()}'";
            _position++;
            SkipSpaces();
            if (!char.IsAsciiLetter(Peek))
                return $"unexpected '{Rest()}' after a comma";
            kind = OpeningHoursRuleKind.Additional;
        }
    }

    private string? ReadDays(HashSet<DayOfWeek> weekdays, ref bool publicHolidays)
    {
        while (true)
        {
            SkipSpaces();
            string word = PeekWord();
            if (word.Length == 0)
                return null;
            string upper = word.ToUpperInvariant();
            if (DayIndex(word) is { } first)
            {
                _position += word.Length;
                if (Peek == '[')
                    return $"a numbered weekday ('{word}[…]') is not supported";
                int save = _position;
                SkipSpaces();
                if (Peek == '-')
                {
                    _position++;
                    SkipSpaces();
                    string last = PeekWord();
                    if (DayIndex(last) is not { } lastIndex)
                        return $"'{word}-' must be followed by a day (Mo, Tu, We, Th, Fr, Sa, Su)";
                    _position += last.Length;
                    if (Peek == '[')
                        return $"a numbered weekday ('{last}[…]') is not supported";
                    // A range may wrap around the week: Sa-Mo is Saturday, Sunday, Monday.
                    for (int day = first; ; day = (day + 1) % 7)
                    {
                        weekdays.Add((DayOfWeek)day);
                        if (day == lastIndex)
                            break;
                    }
                }
                else
                {
                    _position = save;
                    weekdays.Add((DayOfWeek)first);
                }
            }
            else if (upper == "PH")
            {
                _position += word.Length;
                SkipSpaces();
                if (Peek is '+' or '-' or '[')
                    return "days before or after public holidays ('PH +1 day') are not supported";
                publicHolidays = true;
            }
            else if (upper is "OFF" or "CLOSED" or "OPEN" or "UNKNOWN" || IsVariableTime(word))
            {
                return null;
            }
            else
            {
                return Unsupported(word);
            }

            int beforeComma = _position;
            SkipSpaces();
            if (Peek == ',')
            {
                _position++;
                SkipSpaces();
                if (DayIndex(PeekWord()) is not null || PeekWord().Equals("PH", StringComparison.OrdinalIgnoreCase))
                    continue;
            }
            _position = beforeComma;
            return null;
        }
    }

    private string? ReadPeriods(List<DailyInterval> periods)
    {
        while (true)
        {
            if (ReadTime(latestMinute: DailyInterval.MinutesPerDay - 1, out int start) is { } startError)
                return startError;
            SkipSpaces();
            if (Peek == '+')
                return "an open end ('18:00+') is not supported";
            if (Peek != '-')
                return $"a time must be followed by '-' and an end time, near '{Rest()}'";
            _position++;
            SkipSpaces();
            if (ReadTime(latestMinute: 2 * DailyInterval.MinutesPerDay, out int end) is { } endError)
                return endError;
            if (Peek == '+')
                return "an open end ('18:00+') is not supported";
            if (end == start)
                return $"the period {Clock(start)}-{Clock(end)} is empty";
            // An end before the start is on the next day (22:00-02:00); it is at most 24:00 here, since starts are before 24:00.
            if (end < start)
                end += DailyInterval.MinutesPerDay;
            periods.Add(new DailyInterval(start, end));

            int save = _position;
            SkipSpaces();
            if (Peek == ',')
            {
                _position++;
                SkipSpaces();
            }
            // Lenient: "09:00-12:00 14:00-17:00" (a space instead of a comma) means two periods.
            if (char.IsAsciiDigit(Peek))
                continue;
            _position = save;
            return null;
        }
    }

    private string? ReadTime(int latestMinute, out int minutes)
    {
        minutes = 0;
        if (Peek == '(' || (char.IsAsciiLetter(Peek) && IsVariableTime(PeekWord())))
            return "times based on the sun (sunrise, sunset, dawn, dusk) are not supported";
        int digitsStart = _position;
        while (char.IsAsciiDigit(Peek))
            _position++;
        string hourText = _text[digitsStart.._position];
        if (hourText.Length is 0)
            return $"expected a time such as 09:00, near '{Rest()}'";
        if (hourText.Length > 2)
            return $"'{hourText}' is not a time such as 09:00 (years and week numbers are not supported)";
        int hour = int.Parse(hourText, CultureInfo.InvariantCulture);
        int minute = 0;
        if (Peek == ':')
        {
            _position++;
            if (!TryReadTwoDigits(out minute))
                return $"minutes must have two digits, near '{Rest()}'";
        }
        else if (Peek is 'h' or 'H')
        {
            // Lenient: the French "9h", "09h30".
            _position++;
            if (char.IsAsciiDigit(Peek) && !TryReadTwoDigits(out minute))
                return $"minutes must have two digits, near '{Rest()}'";
        }
        else
        {
            return $"'{hourText}' is not a time: write it like {hourText}:00";
        }
        if (minute > 59)
            return $"'{hourText}:{minute:00}' has more than 59 minutes";
        minutes = (hour * 60) + minute;
        if (minutes > latestMinute)
            return $"'{hourText}:{minute:00}' is out of range (latest {Clock(latestMinute)})";
        return null;
    }

    private bool TryReadTwoDigits(out int value)
    {
        value = 0;
        if (_position + 2 > _text.Length || !char.IsAsciiDigit(_text[_position]) || !char.IsAsciiDigit(_text[_position + 1]))
            return false;
        value = ((_text[_position] - '0') * 10) + (_text[_position + 1] - '0');
        _position += 2;
        return true;
    }

    private static string Unsupported(string word)
    {
        string upper = word.ToUpperInvariant();
        if (upper == "SH")
            return "school holidays ('SH') are not supported";
        if (upper is "WEEK")
            return "week numbers ('week') are not supported";
        if (upper is "EASTER")
            return "dates relative to Easter are not supported";
        if (word.Length >= 3 && MonthWords.Contains(upper[..3], StringComparer.OrdinalIgnoreCase))
            return $"months ('{word}') are not supported";
        return $"'{word}' is not a day (Mo, Tu, We, Th, Fr, Sa, Su, PH), a time or off";
    }

    private static int? DayIndex(string word)
    {
        if (word.Length != 2)
            return null;
        int index = Array.FindIndex(DayWords, day => day.Equals(word, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index;
    }

    private static bool IsVariableTime(string word) => VariableTimes.Contains(word, StringComparer.OrdinalIgnoreCase);

    private static string Clock(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    private string PeekWord()
    {
        int end = _position;
        while (end < _text.Length && char.IsAsciiLetter(_text[end]))
            end++;
        return _text[_position..end];
    }

    private bool TryConsume(string token)
    {
        if (string.CompareOrdinal(_text, _position, token, 0, token.Length) != 0)
            return false;
        _position += token.Length;
        return true;
    }

    private void SkipSpaces()
    {
        while (Peek == ' ')
            _position++;
    }

    private string Rest() => _text[_position..];
}
