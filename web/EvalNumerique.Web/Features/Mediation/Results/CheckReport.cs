using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>Everything the professional's result page shows about one check.</summary>
/// <param name="CheckId">The check.</param>
/// <param name="StructureName">Its structure.</param>
/// <param name="IsDemo">The structure is demo data.</param>
/// <param name="BeneficiaryId">The person's record, if the check is tied to one.</param>
/// <param name="Nickname">The person's nickname, if tied to a record.</param>
/// <param name="CreatedAt">When the check or invitation was created.</param>
/// <param name="FinishedAt">When the last question was answered.</param>
/// <param name="Stage">Where the check stands.</param>
/// <param name="ConsentRefused">The person did not want the answers kept in their record.</param>
/// <param name="Overall">The overall estimate of the engine.</param>
/// <param name="Domains">Per-domain estimates, in framework order.</param>
/// <param name="Items">The questions asked, in order.</param>
/// <param name="Needs">Need ids chosen by the person.</param>
/// <param name="Equipment">Equipment answers (question → yes / no / unknown).</param>
/// <param name="Pathway">The pathway proposed to the person.</param>
public sealed record CheckReport(
    Guid CheckId,
    string StructureName,
    bool IsDemo,
    Guid? BeneficiaryId,
    string? Nickname,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    CheckStage Stage,
    bool ConsentRefused,
    MeasuredTheta Overall,
    IReadOnlyList<DomainMeasure> Domains,
    IReadOnlyList<AskedItem> Items,
    IReadOnlyList<string> Needs,
    IReadOnlyDictionary<string, string> Equipment,
    IReadOnlyList<PathwayStep> Pathway)
{
    /// <summary>Not finished: every figure is the state so far, not a result.</summary>
    public bool IsProvisional => Stage != CheckStage.Finished;

    public int DontKnowCount => Items.Count(i => i.DontKnow);

    /// <summary>From creation to the last answer (an invitation may wait before the person starts).</summary>
    public TimeSpan? Duration => FinishedAt - CreatedAt;

    /// <summary>Sum of the measured response times, or null when none was measured.</summary>
    public TimeSpan? AnsweringTime =>
        Items.Any(i => i.Seconds is not null) ? TimeSpan.FromSeconds(Items.Sum(i => i.Seconds ?? 0)) : null;
}
