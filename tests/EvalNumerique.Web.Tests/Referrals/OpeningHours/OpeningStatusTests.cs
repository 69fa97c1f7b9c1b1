using EvalNumerique.Web.Features.Referrals.OpeningHours;

namespace EvalNumerique.Web.Tests.Referrals.OpeningHours;

/// <summary>
/// "Open now" at fixed instants in Europe/Paris. Reference offsets: Paris is UTC+1 in winter and UTC+2 in summer;
/// in 2026 the clocks go forward on Sunday 29 March at 02:00 and back on Sunday 25 October at 03:00 (IANA tzdata,
/// EU rule: last Sunday of March and of October at 01:00 UTC). Instants are compared exactly (tolerance: none).
/// </summary>
public sealed class OpeningStatusTests : OpeningHoursTextFixture
{
    private const string OfficeHours = "Mo-Fr 09:00-12:00,14:00-17:30";

    private string Say(string raw, DateTimeOffset now) =>
        OpeningStatusDescriber.Describe(OpeningHoursParser.Parse(raw), now, Paris, Text);

    private static OpeningStatus StatusOf(string raw, DateTimeOffset now) =>
        OpeningStatusCalculator.At(OpeningHoursParser.Parse(raw).Schedule!, now, Paris);

    [Theory]
    // Tuesday 13 January 2026 unless said.
    [InlineData(2026, 1, 13, 10, 0, "Ouvert maintenant, jusqu'à 12~h.")]
    [InlineData(2026, 1, 13, 9, 0, "Ouvert maintenant, jusqu'à 12~h.")]          // opening minute: open
    [InlineData(2026, 1, 13, 12, 0, "Fermé maintenant. Ouvre aujourd'hui à 14~h.")] // closing minute: closed
    [InlineData(2026, 1, 13, 15, 0, "Ouvert maintenant, jusqu'à 17~h~30.")]
    [InlineData(2026, 1, 13, 7, 45, "Fermé maintenant. Ouvre aujourd'hui à 9~h.")]
    [InlineData(2026, 1, 12, 20, 0, "Fermé maintenant. Ouvre demain à 9~h.")]   // Monday evening
    [InlineData(2026, 1, 16, 18, 0, "Fermé maintenant. Ouvre lundi à 9~h.")]    // Friday evening
    [InlineData(2026, 1, 18, 11, 0, "Fermé maintenant. Ouvre demain à 9~h.")]   // Sunday
    public void Office_hours_during_an_ordinary_week(int year, int month, int day, int hour, int minute, string expected) =>
        Assert.Equal(French(expected), Say(OfficeHours, InParis(year, month, day, hour, minute)));

    [Fact]
    public void Open_now_says_until_when_and_gives_the_closing_instant()
    {
        var status = StatusOf(OfficeHours, InParis(2026, 1, 13, 10, 0));

        Assert.True(status.IsOpen);
        Assert.Equal(new DateTimeOffset(2026, 1, 13, 12, 0, 0, TimeSpan.FromHours(1)), status.OpenUntil);
        Assert.Equal(TimeSpan.FromHours(1), status.OpenUntil!.Value.Offset);
        Assert.Null(status.NextOpening);
    }

    [Fact]
    public void A_utc_instant_is_read_in_paris_time()
    {
        var status = StatusOf(OfficeHours, new DateTimeOffset(2026, 1, 13, 8, 30, 0, TimeSpan.Zero)); // 09:30 in Paris

        Assert.True(status.IsOpen);
        Assert.Equal(new DateTime(2026, 1, 13, 9, 30, 0), status.At.DateTime);
    }

    [Fact]
    public void Easter_monday_is_closed_when_public_holidays_are_off()
    {
        var now = InParis(2026, 4, 6, 10, 0); // Easter Monday 2026
        var status = StatusOf("Mo-Fr 09:00-12:00; PH off", now);

        Assert.False(status.IsOpen);
        Assert.Equal(new DateTimeOffset(2026, 4, 7, 9, 0, 0, TimeSpan.FromHours(2)), status.NextOpening);
        Assert.Equal(French("Fermé maintenant. Ouvre demain à 9~h."), Say("Mo-Fr 09:00-12:00; PH off", now));
    }

    [Fact]
    public void Ascension_thursday_is_skipped_on_the_way_to_the_next_opening() =>
        Assert.Equal(French("Fermé maintenant. Ouvre vendredi à 9~h."),
            Say("Mo-Fr 09:00-12:00; PH off", InParis(2026, 5, 13, 15, 0)));

    [Fact]
    public void Without_a_ph_rule_a_holiday_is_an_ordinary_day() =>
        Assert.Equal(French("Ouvert maintenant, jusqu'à 12~h."), Say("Mo-Fr 09:00-12:00", InParis(2026, 4, 6, 10, 0)));

    [Fact]
    public void Public_holiday_hours_replace_the_weekday_hours() =>
        // 14 July 2026 is a Tuesday.
        Assert.Equal(French("Fermé maintenant. Ouvre aujourd'hui à 10~h."),
            Say("Mo-Sa 09:00-18:00; PH 10:00-12:00", InParis(2026, 7, 14, 9, 30)));

    [Fact]
    public void An_opening_more_than_a_week_ahead_gives_the_date()
    {
        // Monday 30 March after closing: Monday 6 April is Easter Monday, so the next opening is Monday 13 April.
        var now = InParis(2026, 3, 30, 12, 30);

        Assert.Equal(new DateTimeOffset(2026, 4, 13, 9, 0, 0, TimeSpan.FromHours(2)), StatusOf("Mo 09:00-12:00; PH off", now).NextOpening);
        Assert.Equal(French("Fermé maintenant. Ouvre lundi 13 avril à 9~h."), Say("Mo 09:00-12:00; PH off", now));
    }

    [Fact]
    public void The_next_opening_across_the_spring_clock_change_is_at_9_summer_time()
    {
        // Friday 27 March 2026 18:00 (UTC+1); Monday 30 March 09:00 is UTC+2, i.e. 07:00 UTC, not 08:00.
        var status = StatusOf("Mo-Fr 09:00-17:00", InParis(2026, 3, 27, 18, 0));

        Assert.Equal(new DateTime(2026, 3, 30, 7, 0, 0), status.NextOpening!.Value.UtcDateTime);
        Assert.Equal(TimeSpan.FromHours(2), status.NextOpening.Value.Offset);
    }

    [Fact]
    public void The_next_opening_across_the_autumn_clock_change_is_at_9_winter_time()
    {
        // Friday 23 October 2026 18:00 (UTC+2); Monday 26 October 09:00 is UTC+1, i.e. 08:00 UTC.
        var status = StatusOf("Mo-Fr 09:00-17:00", InParis(2026, 10, 23, 18, 0));

        Assert.Equal(new DateTime(2026, 10, 26, 8, 0, 0), status.NextOpening!.Value.UtcDateTime);
    }

    [Fact]
    public void A_night_opening_through_the_spring_change_closes_at_4_summer_time()
    {
        // Saturday 28 March 22:00 (UTC+1) to Sunday 29 March 04:00 (UTC+2): 5 real hours, not 6.
        var now = InParis(2026, 3, 28, 23, 0);
        var status = StatusOf("Sa 22:00-04:00", now);

        Assert.True(status.IsOpen);
        Assert.Equal(new DateTime(2026, 3, 29, 2, 0, 0), status.OpenUntil!.Value.UtcDateTime);
        Assert.Equal(French("Ouvert maintenant, jusqu'à demain à 4~h."), Say("Sa 22:00-04:00", now));
    }

    [Fact]
    public void An_opening_time_skipped_by_the_spring_change_moves_forward_by_the_gap()
    {
        // 02:30 does not exist on 29 March 2026 in Paris; like NodaTime's lenient resolver, it becomes 03:30 (01:30 UTC).
        var now = InParis(2026, 3, 29, 1, 0);
        var status = StatusOf("Su 02:30-05:00", now);

        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0), status.NextOpening!.Value.UtcDateTime);
        Assert.Equal(French("Fermé maintenant. Ouvre aujourd'hui à 3~h~30."), Say("Su 02:30-05:00", now));
    }

    [Fact]
    public void A_period_past_midnight_is_still_open_the_next_morning() =>
        // Saturday 17 January 01:00, inside Friday's 20:00-02:00.
        Assert.Equal(French("Ouvert maintenant, jusqu'à 2~h."), Say("Fr 20:00-02:00", InParis(2026, 1, 17, 1, 0)));

    [Fact]
    public void Closing_at_24_00_is_said_midnight() =>
        Assert.Equal("Ouvert maintenant, jusqu'à minuit.", Say("Mo-Fr 18:00-24:00", InParis(2026, 1, 12, 20, 0)));

    [Fact]
    public void Whole_days_that_follow_each_other_are_one_opening() =>
        Assert.Equal(French("Ouvert maintenant, jusqu'à demain à 12~h."),
            Say("Mo 00:00-24:00; Tu 00:00-12:00", InParis(2026, 1, 12, 10, 0)));

    [Fact]
    public void Always_open_has_no_closing_time()
    {
        var status = StatusOf("24/7", InParis(2026, 1, 12, 3, 0));

        Assert.True(status.IsOpen);
        Assert.Null(status.OpenUntil);
        Assert.Equal("Ouvert maintenant.", Say("24/7", InParis(2026, 1, 12, 3, 0)));
    }

    [Fact]
    public void Never_open_says_so_for_the_look_ahead() =>
        Assert.Equal("Fermé maintenant. Pas d'ouverture prévue dans les 14 prochains jours.", Say("off", InParis(2026, 1, 12, 10, 0)));

    [Fact]
    public void Unread_hours_give_no_status() =>
        Assert.Equal("Nous ne savons pas si le lieu est ouvert maintenant.", Say("Mo-Fr sunrise-sunset", InParis(2026, 1, 12, 10, 0)));

    [Fact]
    public void English_status_uses_the_24_hour_clock()
    {
        UseCulture("en");

        Assert.Equal("Closed now. Opens Monday at 9:00.", Say(OfficeHours, InParis(2026, 1, 16, 18, 0)));
        Assert.Equal("Open now, until 17:30.", Say(OfficeHours, InParis(2026, 1, 13, 15, 0)));
    }
}
