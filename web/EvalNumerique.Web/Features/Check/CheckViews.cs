using EvalNumerique.ItemBank.Items;
using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Check;

/// <summary>A check as the pages and the API see it: where the person is and the question on screen.</summary>
public sealed record CheckState(Guid Id, string ResumeCode, CheckStage Stage, Item? CurrentItem, int Answered, IReadOnlyList<string> Needs);

/// <summary>What happened after an answer: whether it was right (for the professional, not shown as a score), the item's explanation, and the state after it.</summary>
public sealed record AnswerOutcome(bool Correct, string Feedback, CheckState State);

/// <summary>The result of one domain, in words for the person: a level band and how sure we are.</summary>
/// <remarks><see cref="CanDo"/> is empty when no answer of the domain was right: we say only what we saw.</remarks>
public sealed record DomainResult(string DomainId, string Name, string Icon, int Level, bool Confident, int Questions, int Right, double Theta, double Se,
    IReadOnlyList<string> CanDo, IReadOnlyList<string> NextCanDo);

/// <summary>A step of the personal pathway.</summary>
public sealed record PathwayStep(string Competence, string CompetenceName, string Type, string Title, string Description, string? Duration);

/// <summary>The whole result of a finished check.</summary>
public sealed record CheckResult(string ResumeCode, DateTimeOffset? FinishedAt, double Theta, double Se, int Level,
    IReadOnlyList<DomainResult> Domains, IReadOnlyList<PathwayStep> Pathway, IReadOnlyList<string> Needs, IReadOnlyDictionary<string, string> Equipment);

/// <summary>An invitation to a check: the short code to type, the token of the link and QR code.</summary>
public sealed record Invitation(Guid CheckId, string Code, string Token)
{
    /// <summary>The path the link and the QR code open ("/i/{token}").</summary>
    public string Path => $"/i/{Token}";
}
