namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// The eleven public holidays of mainland France (Code du travail, article L3133-1): 1 January, Easter Monday,
/// 1 May, 8 May, Ascension Day, Whit Monday, 14 July, 15 August, 1 November, 11 November and 25 December.
/// The movable ones follow Easter Sunday, computed with the anonymous Gregorian algorithm
/// (Meeus, <i>Astronomical Algorithms</i>, 1991, ch. 8): Easter Monday = Easter + 1 day,
/// Ascension = Easter + 39 days, Whit Monday = Easter + 50 days.
/// Local extra days (Alsace-Moselle's Good Friday and 26 December, overseas abolition days) are not included.
/// </summary>
public static class FrenchPublicHolidays
{
    /// <summary>Easter Sunday of a Gregorian year (anonymous algorithm, valid for every year from 1583).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The eleven public holidays of a year, in date order.</summary>
    public static IReadOnlyList<DateOnly> In(int year)
    {
        var easter = EasterSunday(year);
        return
        [
            new DateOnly(year, 1, 1),
            easter.AddDays(1),
            new DateOnly(year, 5, 1),
            new DateOnly(year, 5, 8),
            easter.AddDays(39),
            easter.AddDays(50),
            new DateOnly(year, 7, 14),
            new DateOnly(year, 8, 15),
            new DateOnly(year, 11, 1),
            new DateOnly(year, 11, 11),
            new DateOnly(year, 12, 25),
        ];
    }

    /// <summary>True when the date is one of the eleven public holidays.</summary>
    public static bool IsPublicHoliday(DateOnly date) =>
        date.Year is >= 1583 and <= 9999 && In(date.Year).Contains(date);
}
