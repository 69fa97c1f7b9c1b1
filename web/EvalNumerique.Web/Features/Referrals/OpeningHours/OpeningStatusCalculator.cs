namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// Says whether a <see cref="WeeklySchedule"/> is open at an instant, until when, or when it opens next,
/// looking ahead <see cref="LookAheadDays"/> days with the French public holidays.
/// Wall-clock times become instants in the place's time zone the way NodaTime's lenient resolver does:
/// a time skipped by the spring change (02:30 on the last Sunday of March in Paris) moves forward by the gap,
/// a time that happens twice in autumn takes its first occurrence.
/// </summary>
public static class OpeningStatusCalculator
{
    /// <summary>How far ahead the next opening is searched.</summary>
    public const int LookAheadDays = 14;

    /// <summary>The status of <paramref name="schedule"/> at <paramref name="now"/> in <paramref name="zone"/> (e.g. Europe/Paris).</summary>
    public static OpeningStatus At(WeeklySchedule schedule, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var horizon = now.AddDays(LookAheadDays);

        // Periods may end up to 48:00, so the two days before today can still be open now.
        var periods = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        for (var date = today.AddDays(-2); date <= today.AddDays(LookAheadDays); date = date.AddDays(1))
        {
            foreach (var period in schedule.PeriodsOn(date))
            {
                var start = Instant(date, period.StartMinute, zone);
                var end = Instant(date, period.EndMinute, zone);
                if (end > start)
                    periods.Add((start, end));
            }
        }

        var merged = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var period in periods.OrderBy(p => p.Start))
        {
            if (merged.Count > 0 && period.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, period.End > merged[^1].End ? period.End : merged[^1].End);
            else
                merged.Add(period);
        }

        foreach (var (start, end) in merged)
        {
            if (start <= now && now < end)
                return new OpeningStatus(local, true, end >= horizon ? null : TimeZoneInfo.ConvertTime(end, zone), null);
            if (start > now && start <= horizon)
                return new OpeningStatus(local, false, null, TimeZoneInfo.ConvertTime(start, zone));
        }
        return new OpeningStatus(local, false, null, null);
    }

    /// <summary>The instant of a wall-clock time <paramref name="minutes"/> after the start of <paramref name="date"/>.</summary>
    private static DateTimeOffset Instant(DateOnly date, int minutes, TimeZoneInfo zone)
    {
        var wallClock = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).AddMinutes(minutes);
        if (zone.IsInvalidTime(wallClock))
        {
            // Skipped by the spring change: use the offset in force just before the gap, which moves it forward by the gap.
            var before = zone.GetUtcOffset(wallClock.AddHours(-3));
            return new DateTimeOffset(wallClock, before);
        }
        if (zone.IsAmbiguousTime(wallClock))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(wallClock);
            return new DateTimeOffset(wallClock, offsets.Max());
        }
        return new DateTimeOffset(wallClock, zone.GetUtcOffset(wallClock));
    }
}
