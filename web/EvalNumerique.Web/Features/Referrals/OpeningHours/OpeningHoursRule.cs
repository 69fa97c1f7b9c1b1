namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// One parsed rule: which days it selects (weekdays and/or public holidays, or every day when it names none)
/// and the periods it gives them (none: closed).
/// </summary>
internal sealed record OpeningHoursRule(
    OpeningHoursRuleKind Kind,
    IReadOnlySet<DayOfWeek> Weekdays,
    bool PublicHolidays,
    IReadOnlyList<DailyInterval> Periods)
{
    /// <summary>A rule without a day selector (<c>09:00-18:00</c>, <c>24/7</c>, <c>off</c>) selects every day.</summary>
    public bool SelectsEveryDay => Weekdays.Count == 0 && !PublicHolidays;

    public bool Selects(DayOfWeek day, bool isPublicHoliday) =>
        SelectsEveryDay || (isPublicHoliday && PublicHolidays) || Weekdays.Contains(day);
}
