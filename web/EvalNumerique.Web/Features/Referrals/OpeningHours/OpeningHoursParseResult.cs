using System.Diagnostics.CodeAnalysis;

namespace EvalNumerique.Web.Features.Referrals.OpeningHours;

/// <summary>
/// What <see cref="OpeningHoursParser"/> made of a place's <c>horaires</c>: a weekly schedule,
/// or "unsupported" with the raw text (to show as written) and the reason (for the people who import data).
/// </summary>
public sealed record OpeningHoursParseResult
{
    private OpeningHoursParseResult(string raw, WeeklySchedule? schedule, string? unsupportedReason)
    {
        Raw = raw;
        Schedule = schedule;
        UnsupportedReason = unsupportedReason;
    }

    /// <summary>The value as it came from the directory (empty when there was none).</summary>
    public string Raw { get; }

    /// <summary>The weekly schedule, when the value was understood.</summary>
    public WeeklySchedule? Schedule { get; }

    /// <summary>Why the value was not understood, naming the rule and what to change.</summary>
    public string? UnsupportedReason { get; }

    /// <summary>True when <see cref="Schedule"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Schedule))]
    [MemberNotNullWhen(false, nameof(UnsupportedReason))]
    public bool IsSupported => Schedule is not null;

    internal static OpeningHoursParseResult Supported(string raw, WeeklySchedule schedule) => new(raw, schedule, null);

    internal static OpeningHoursParseResult Unsupported(string raw, string reason) => new(raw, null, reason);
}
