using EvalNumerique.Web.Features.Referrals.OpeningHours;

namespace EvalNumerique.Web.Tests.Referrals.OpeningHours;

/// <summary>
/// Values as found in "Lieux de médiation numérique" and data·inclusion, read with the rule semantics of the
/// OpenStreetMap opening_hours specification (https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification):
/// ';' overrides the days it selects, ',' adds, '||' fills days no earlier rule selected.
/// </summary>
public sealed class OpeningHoursParserTests : OpeningHoursTextFixture
{
    [Theory]
    // The common forms.
    [InlineData("Mo-Fr 09:00-12:00,14:00-17:30", "Mo-Fr 09:00-12:00,14:00-17:30; Sa-Su off")]
    [InlineData("Mo,We,Fr 10:00-12:00", "Mo 10:00-12:00; Tu off; We 10:00-12:00; Th off; Fr 10:00-12:00; Sa-Su off")]
    [InlineData("Tu-Th 14:00-18:00", "Mo off; Tu-Th 14:00-18:00; Fr-Su off")]
    [InlineData("Sa-Mo 10:00-18:00", "Mo 10:00-18:00; Tu-Fr off; Sa-Su 10:00-18:00")]
    [InlineData("Mo-Fr 09:00-12:00; Sa 10:00-12:00", "Mo-Fr 09:00-12:00; Sa 10:00-12:00; Su off")]
    // A later ';' rule replaces the hours of the days it selects.
    [InlineData("Mo-Fr 09:00-17:00; We off", "Mo-Tu 09:00-17:00; We off; Th-Fr 09:00-17:00; Sa-Su off")]
    [InlineData("Mo-Fr 09:00-17:00; We closed", "Mo-Tu 09:00-17:00; We off; Th-Fr 09:00-17:00; Sa-Su off")]
    [InlineData("Mo-Fr 09:00-12:00; We 14:00-18:00", "Mo-Tu 09:00-12:00; We 14:00-18:00; Th-Fr 09:00-12:00; Sa-Su off")]
    // A ',' rule adds to them.
    [InlineData("Mo-Fr 09:00-12:00, We 14:00-18:00", "Mo-Tu 09:00-12:00; We 09:00-12:00,14:00-18:00; Th-Fr 09:00-12:00; Sa-Su off")]
    // '||' fills only the days that no earlier rule selected.
    [InlineData("Mo-Fr 09:00-12:00 || Sa 10:00-12:00", "Mo-Fr 09:00-12:00; Sa 10:00-12:00; Su off")]
    [InlineData("Mo-Fr 09:00-12:00 || Mo 14:00-16:00", "Mo-Fr 09:00-12:00; Sa-Su off")]
    [InlineData("Mo-Fr 09:00-12:00 || off", "Mo-Fr 09:00-12:00; Sa-Su off")]
    // Public holidays.
    [InlineData("Mo-Fr 09:00-12:00; PH off", "Mo-Fr 09:00-12:00; Sa-Su off; PH off")]
    [InlineData("Mo-Sa 09:00-12:00; PH 10:00-12:00", "Mo-Sa 09:00-12:00; Su off; PH 10:00-12:00")]
    [InlineData("Mo-Su 10:00-18:00; Su,PH off", "Mo-Sa 10:00-18:00; Su off; PH off")]
    [InlineData("Mo-Su 10:00-18:00; PH,Su off", "Mo-Sa 10:00-18:00; Su off; PH off")]
    [InlineData("PH off; Mo-Fr 09:00-12:00", "Mo-Fr 09:00-12:00; Sa-Su off")]
    // Whole days, every day, closed.
    [InlineData("24/7", "Mo-Su 00:00-24:00")]
    [InlineData("24/7; PH off", "Mo-Su 00:00-24:00; PH off")]
    [InlineData("Mo-Fr", "Mo-Fr 00:00-24:00; Sa-Su off")]
    [InlineData("09:00-18:00", "Mo-Su 09:00-18:00")]
    [InlineData("off", "Mo-Su off")]
    // Times: single-digit hours, 24:00, past midnight, overlaps joined.
    [InlineData("Mo-Fr 9:00-12:00", "Mo-Fr 09:00-12:00; Sa-Su off")]
    [InlineData("Mo-Fr 18:00-24:00", "Mo-Fr 18:00-24:00; Sa-Su off")]
    [InlineData("Fr 20:00-02:00", "Mo-Th off; Fr 20:00-26:00; Sa-Su off")]
    [InlineData("Sa 20:00-26:00", "Mo-Fr off; Sa 20:00-26:00; Su off")]
    [InlineData("Mo-Fr 09:00-12:00,11:00-13:00", "Mo-Fr 09:00-13:00; Sa-Su off")]
    [InlineData("Mo-Fr 09:00-12:00,12:00-13:00", "Mo-Fr 09:00-13:00; Sa-Su off")]
    // Lenient about case, spaces, dashes and the French "9h".
    [InlineData("mo-fr 09:00-12:00", "Mo-Fr 09:00-12:00; Sa-Su off")]
    [InlineData("MO-FR 09:00-12:00 OPEN", "Mo-Fr 09:00-12:00; Sa-Su off")]
    [InlineData("  Mo - Fr   09:00 - 12:00 ,  14:00-17:00 ;  ", "Mo-Fr 09:00-12:00,14:00-17:00; Sa-Su off")]
    [InlineData("Mo-Fr\u00A009:00\u201312:00", "Mo-Fr 09:00-12:00; Sa-Su off")]
    [InlineData("Mo-Fr 09h00-12h30", "Mo-Fr 09:00-12:30; Sa-Su off")]
    [InlineData("Mo-Fr 9h-12h", "Mo-Fr 09:00-12:00; Sa-Su off")]
    [InlineData("Mo-Fr: 09:00-12:00", "Mo-Fr 09:00-12:00; Sa-Su off")]
    [InlineData("Mo 09:00-12:00 14:00-17:00", "Mo 09:00-12:00,14:00-17:00; Tu-Su off")]
    [InlineData("Mo-Fr 09:00-12:00;;Sa 10:00-11:00", "Mo-Fr 09:00-12:00; Sa 10:00-11:00; Su off")]
    public void Supported_values_give_the_expected_week(string raw, string expected)
    {
        var result = OpeningHoursParser.Parse(raw);

        Assert.True(result.IsSupported, result.UnsupportedReason);
        Assert.Equal(expected, ScheduleNotation.Of(result.Schedule));
        Assert.Equal(raw, result.Raw);
    }

    [Theory]
    [InlineData(null, "no opening hours given")]
    [InlineData("", "no opening hours given")]
    [InlineData("  ;  ", "no opening hours given")]
    // Valid opening_hours that this parser does not read exactly: kept as written.
    [InlineData("Jan-Jun Mo-Fr 09:00-12:00", "months ('Jan')")]
    [InlineData("Dec 25 off", "months ('Dec')")]
    [InlineData("week 01-10 Mo 09:00-12:00", "week numbers")]
    [InlineData("2026 Mo-Fr 09:00-12:00", "'2026' is not a time")]
    [InlineData("Mo-Fr sunrise-sunset", "sun")]
    [InlineData("Mo-Fr (sunrise-01:00)-18:00", "sun")]
    [InlineData("Mo[1] 09:00-12:00", "numbered weekday")]
    [InlineData("Mo-Fr[2] 09:00-12:00", "numbered weekday")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "comments")]
    [InlineData("SH off", "school holidays")]
    [InlineData("PH +1 day off", "before or after public holidays")]
    [InlineData("easter off", "Easter")]
    [InlineData("Mo-Fr 18:00+", "open end")]
    [InlineData("Mo-Fr 09:00-12:00 unknown", "'unknown'")]
    [InlineData("Mo-Fr 09:00-12:00 off", "part of a day")]
    [InlineData("Mo-Fr 09:00-12:00, Sa off", "'off' after a comma")]
    [InlineData("Mo-Fr 09:00-12:00; PH off; We 14:00-16:00", "put the PH rule last")]
    // Malformed.
    [InlineData("Lu-Ve 9h-12h", "'Lu' is not a day")]
    [InlineData("Mo-Xy 09:00-12:00", "must be followed by a day")]
    [InlineData("Mo-Fr 9-12", "'9' is not a time")]
    [InlineData("Mo-Fr 09:00", "followed by '-'")]
    [InlineData("Mo-Fr 09:00-09:00", "is empty")]
    [InlineData("Mo-Fr 25:00-26:00", "out of range")]
    [InlineData("Mo-Fr 24:00-26:00", "out of range")]
    [InlineData("Mo 10:00-49:00", "out of range")]
    [InlineData("Mo-Fr 09:00-12:00 Sa 10:00-12:00", "unexpected 'Sa 10:00-12:00'")]
    [InlineData("Mo-Fr 09:60-12:00", "more than 59 minutes")]
    [InlineData("Mo-Fr 9:5-12:00", "two digits")]
    [InlineData("Mo-Fr 09:00-12:00 | Sa 10:00-12:00", "unexpected '| Sa 10:00-12:00'")]
    [InlineData("Mo-Fr 09:00-12:00, 14:00-", "expected a time")]
    [InlineData("Mo-Fr 09:00-12:00,", "after a comma")]
    public void Unsupported_values_keep_the_raw_text_and_say_why(string? raw, string reasonFragment)
    {
        var result = OpeningHoursParser.Parse(raw);

        Assert.False(result.IsSupported);
        Assert.Null(result.Schedule);
        Assert.Equal(raw ?? "", result.Raw);
        Assert.Contains(reasonFragment, result.UnsupportedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reason_names_the_rule_that_could_not_be_read()
    {
        var result = OpeningHoursParser.Parse("Mo-Fr 09:00-12:00; Jan off");

        Assert.Equal("rule 2 (\"Jan off\"): months ('Jan') are not supported", result.UnsupportedReason);
    }

    [Fact]
    public void Random_text_never_throws_and_every_schedule_it_accepts_is_well_formed_and_can_be_said()
    {
        // Seeded fuzzing with the pieces opening_hours values are made of, well and badly assembled.
        string[] pieces =
        [
            "Mo", "Tu", "We", "Fr", "Sa", "Su", "PH", "SH", "off", "open", "24/7", "Jan", "week", "sunrise",
            "09:00", "9:00", "12:00", "24:00", "02:00", "26:00", "49:00", "9h", "12h30", "7", "2026",
            "-", "-", " ", " ", ",", ";", "||", "|", ":", "+", "[1]", "\"", "(", "\u00A0", "\u2013",
        ];
        var random = new Random(20260406);
        var now = InParis(2026, 3, 28, 23, 30);
        int supported = 0;
        for (int n = 0; n < 20_000; n++)
        {
            string raw = string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            var result = OpeningHoursParser.Parse(raw);
            Assert.NotEmpty(OpeningHoursDescriber.Describe(result, Text));
            Assert.False(string.IsNullOrWhiteSpace(OpeningStatusDescriber.Describe(result, now, Paris, Text)));

            if (!result.IsSupported)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.UnsupportedReason));
                continue;
            }
            supported++;
            foreach (var day in WeeklySchedule.MondayFirst)
                AssertWellFormed(result.Schedule.PeriodsOn(day));
            if (result.Schedule.PublicHolidayPeriods is { } holiday)
                AssertWellFormed(holiday);
        }
        // 812 of the 20,000 values are readable with this seed; far fewer would mean the pieces no longer exercise the parser.
        Assert.True(supported >= 500, $"only {supported} readable values: the fuzzing no longer reaches the schedule code");
    }

    private static void AssertWellFormed(IReadOnlyList<DailyInterval> periods)
    {
        for (int i = 0; i < periods.Count; i++)
        {
            Assert.InRange(periods[i].StartMinute, 0, DailyInterval.MinutesPerDay - 1);
            Assert.InRange(periods[i].EndMinute, periods[i].StartMinute + 1, 2 * DailyInterval.MinutesPerDay);
            if (i > 0)
                Assert.True(periods[i].StartMinute > periods[i - 1].EndMinute, "periods are sorted and merged");
        }
    }
}
