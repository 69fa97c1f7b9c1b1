using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// Where a check stands after a change, for the live follow-up: no answer content, no name — the
/// listener looks up what its audience may see.
/// </summary>
/// <param name="CheckId">The check.</param>
/// <param name="StructureId">The structure it belongs to (null: anonymous, followed by nobody).</param>
/// <param name="BeneficiaryId">The person's record, if any.</param>
/// <param name="Stage">Consent, how-to, needs, questions or finished.</param>
/// <param name="Answered">Questions answered so far.</param>
/// <param name="CurrentDomain">Domain id of the question on screen, if any.</param>
/// <param name="UpdatedAt">Last change (a check quiet for long is "stalled").</param>
/// <param name="FinishedAt">When it finished.</param>
public sealed record CheckProgress(Guid CheckId, int? StructureId, Guid? BeneficiaryId, CheckStage Stage, int Answered,
    string? CurrentDomain, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt);

/// <summary>Told after every saved change of a check (the live follow-up hub is one).</summary>
public interface ICheckProgressListener
{
    /// <summary>Called after the change is saved; a failure here never fails the person's answer.</summary>
    Task OnProgressAsync(CheckProgress progress, CancellationToken cancel);
}
