namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// One opening period of a day, in minutes from that day's midnight (local wall-clock time).
/// The end may pass midnight (up to 48:00), as in OpenStreetMap's <c>Fr 22:00-02:00</c>:
/// the period belongs to the day it starts on.
/// </summary>
public readonly record struct DailyInterval(int StartMinute, int EndMinute)
{
    /// <summary>Minutes in a day.</summary>
    public const int MinutesPerDay = 24 * 60;

    /// <summary>The whole day, 00:00-24:00.</summary>
    public static DailyInterval WholeDay => new(0, MinutesPerDay);

    /// <summary>True for 00:00-24:00.</summary>
    public bool IsWholeDay => StartMinute == 0 && EndMinute == MinutesPerDay;

    /// <summary>True when the period ends after midnight, on the next day.</summary>
    public bool EndsNextDay => EndMinute > MinutesPerDay;
}
