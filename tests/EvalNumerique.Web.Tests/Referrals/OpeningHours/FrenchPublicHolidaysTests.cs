using EvalNumerique.Web.Features.Referrals.OpeningHours;

namespace EvalNumerique.Web.Tests.Referrals.OpeningHours;

public sealed class FrenchPublicHolidaysTests
{
    [Theory]
    // Reference: published Easter tables (e.g. the US Naval Observatory's and python-dateutil 2.9 easter(),
    // which implements Oudin's 1940 algorithm); 1818 and 2285 are the earliest possible date (22 March),
    // 1943 and 2038 the latest (25 April).
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_sunday_matches_the_published_tables(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FrenchPublicHolidays.EasterSunday(year));

    [Fact]
    public void Easter_sunday_agrees_with_oudins_algorithm_for_every_year_from_1583_to_4099()
    {
        for (int year = 1583; year <= 4099; year++)
            Assert.Equal(OudinEaster(year), FrenchPublicHolidays.EasterSunday(year));
    }

    [Theory]
    // Reference: service-public.fr, "Jours fériés" for 2024, 2025 and 2026 (Code du travail, art. L3133-1).
    [InlineData(2024, "2024-01-01 2024-04-01 2024-05-01 2024-05-08 2024-05-09 2024-05-20 2024-07-14 2024-08-15 2024-11-01 2024-11-11 2024-12-25")]
    [InlineData(2025, "2025-01-01 2025-04-21 2025-05-01 2025-05-08 2025-05-29 2025-06-09 2025-07-14 2025-08-15 2025-11-01 2025-11-11 2025-12-25")]
    [InlineData(2026, "2026-01-01 2026-04-06 2026-05-01 2026-05-08 2026-05-14 2026-05-25 2026-07-14 2026-08-15 2026-11-01 2026-11-11 2026-12-25")]
    public void The_eleven_holidays_of_a_year(int year, string expected) =>
        Assert.Equal(expected, string.Join(' ', FrenchPublicHolidays.In(year).Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));

    [Theory]
    [InlineData(2026, 4, 6, true)]    // Easter Monday
    [InlineData(2026, 5, 14, true)]   // Ascension
    [InlineData(2026, 5, 25, true)]   // Whit Monday
    [InlineData(2026, 4, 5, false)]   // Easter Sunday is a Sunday, not one of the eleven
    [InlineData(2026, 4, 3, false)]   // Good Friday: Alsace-Moselle only
    [InlineData(2026, 12, 26, false)] // Saint Stephen: Alsace-Moselle only
    [InlineData(2026, 7, 13, false)]
    public void A_date_is_or_is_not_a_holiday(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, FrenchPublicHolidays.IsPublicHoliday(new DateOnly(year, month, day)));

    /// <summary>
    /// An independent formula for the check above: Oudin (1940), as given in Claus Tøndering's Calendar FAQ
    /// and implemented by python-dateutil's easter(method=EASTER_WESTERN).
    /// </summary>
    private static DateOnly OudinEaster(int y)
    {
        int g = y % 19;
        int c = y / 100;
        int h = (c - (c / 4) - (((8 * c) + 13) / 25) + (19 * g) + 15) % 30;
        int i = h - ((h / 28) * (1 - ((h / 28) * (29 / (h + 1)) * ((21 - g) / 11))));
        int j = (y + (y / 4) + i + 2 - c + (c / 4)) % 7;
        int p = i - j;
        int day = 1 + ((p + 27 + ((p + 6) / 40)) % 31);
        int month = 3 + ((p + 26) / 30);
        return new DateOnly(y, month, day);
    }
}
