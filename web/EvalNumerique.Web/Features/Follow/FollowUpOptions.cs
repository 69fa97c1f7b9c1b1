namespace EvalNumerique.Web.Features.Follow;

/// <summary>Settings of the live follow-up (configuration section <c>FollowUp</c>).</summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    /// <summary>An unfinished check quiet for longer than this is shown as stalled (the person may need a hand).</summary>
    public int StalledAfterMinutes { get; set; } = 10;

    public TimeSpan StalledAfter => TimeSpan.FromMinutes(StalledAfterMinutes);
}
