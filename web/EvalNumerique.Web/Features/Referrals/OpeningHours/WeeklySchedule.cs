namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// Opening periods for each day of the week, sorted and merged, plus the public-holiday periods when the
/// hours say something about public holidays (<c>PH off</c>, <c>PH 10:00-12:00</c>).
/// </summary>
public sealed class WeeklySchedule
{
    private readonly IReadOnlyList<DailyInterval>[] _days;

    internal WeeklySchedule(IReadOnlyList<DailyInterval>[] days, IReadOnlyList<DailyInterval>? publicHolidayPeriods)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Length != 7)
            throw new ArgumentException("A week has seven days, indexed by DayOfWeek.", nameof(days));
        _days = days;
        PublicHolidayPeriods = publicHolidayPeriods;
    }

    /// <summary>Monday first, as French and OpenStreetMap weeks are written.</summary>
    public static IReadOnlyList<DayOfWeek> MondayFirst { get; } =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>Periods on a public holiday; null when public holidays are ordinary days for this place.</summary>
    public IReadOnlyList<DailyInterval>? PublicHolidayPeriods { get; }

    /// <summary>Periods of an ordinary (non-holiday) day of the week; empty when closed.</summary>
    public IReadOnlyList<DailyInterval> PeriodsOn(DayOfWeek day) => _days[(int)day];

    /// <summary>Periods of a calendar date, using the French public holidays.</summary>
    public IReadOnlyList<DailyInterval> PeriodsOn(DateOnly date) =>
        PublicHolidayPeriods is not null && FrenchPublicHolidays.IsPublicHoliday(date)
            ? PublicHolidayPeriods
            : PeriodsOn(date.DayOfWeek);

    /// <summary>True when every day, holidays included, is open 00:00-24:00 (<c>24/7</c>).</summary>
    public bool IsAlwaysOpen =>
        _days.All(IsWholeDay) && (PublicHolidayPeriods is null || IsWholeDay(PublicHolidayPeriods));

    private static bool IsWholeDay(IReadOnlyList<DailyInterval> periods) => periods is [{ IsWholeDay: true }];
}
