using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>Where a person's check stands, as the staff lists show it.</summary>
public enum CheckStatusKind
{
    /// <summary>Invited, not opened yet (or only the consent question on screen).</summary>
    Waiting,

    InProgress,

    Finished,
}

/// <summary>
/// A check's status and how many questions were answered. (A check whose person said no to keeping
/// their answers is detached from the record, so it never shows in a person's list.)
/// </summary>
public readonly record struct CheckStatus(CheckStatusKind Kind, int Answered)
{
    /// <summary>The longest a check can be: the "N" of "in progress n/N".</summary>
    public static int MaxQuestions => CheckSettings.MaxLength;

    public static CheckStatus Of(CheckStage stage, int answered, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        if (stage == CheckStage.Finished) return new(CheckStatusKind.Finished, answered);
        bool untouched = stage == CheckStage.Consent || (stage == CheckStage.Practice && updatedAt <= createdAt);
        return new(untouched && answered == 0 ? CheckStatusKind.Waiting : CheckStatusKind.InProgress, answered);
    }
}
