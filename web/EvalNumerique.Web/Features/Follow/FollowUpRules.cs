using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>When a check shows as stalled, and which finished checks the dashboard still lists.</summary>
public static class FollowUpRules
{
    /// <summary>Finished checks stay on the dashboard this long (a day's work at the desk).</summary>
    public static readonly TimeSpan FinishedShownFor = TimeSpan.FromHours(24);

    /// <summary>Unfinished and quiet for strictly more than <paramref name="stalledAfter"/>.</summary>
    public static bool IsStalled(CheckFollowUp check, DateTimeOffset now, TimeSpan stalledAfter)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Stage != CheckStage.Finished && now - check.UpdatedAt > stalledAfter;
    }

    /// <summary>Unfinished, or finished less than <see cref="FinishedShownFor"/> ago.</summary>
    public static bool IsShown(CheckFollowUp check, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Stage != CheckStage.Finished || (check.FinishedAt ?? check.UpdatedAt) >= now - FinishedShownFor;
    }
}
