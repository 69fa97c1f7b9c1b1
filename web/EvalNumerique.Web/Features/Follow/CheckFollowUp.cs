using System.Text.Json.Serialization;
using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>
/// One row of the live follow-up dashboard, as the hub sends it (<c>checkChanged</c>) and as the
/// dashboard loads it from the database: where a check stands, never what the person answered.
/// </summary>
/// <param name="CheckId">The check.</param>
/// <param name="StructureId">Its structure: only that structure's members receive it.</param>
/// <param name="BeneficiaryId">The person's record, or null (kiosk, anonymous, consent refused).</param>
/// <param name="Nickname">The name on the record, or null when the check has no record.</param>
/// <param name="Stage">Consent, how-to, needs, questions or finished.</param>
/// <param name="Answered">Questions answered so far.</param>
/// <param name="DomainId">Domain of the question on screen, if any.</param>
/// <param name="DomainNameFr">Its French name.</param>
/// <param name="DomainNameEn">Its English name (the French one when not translated).</param>
/// <param name="StartedAt">When the check was created.</param>
/// <param name="UpdatedAt">Its last change.</param>
/// <param name="FinishedAt">When it finished.</param>
public sealed record CheckFollowUp(
    Guid CheckId,
    int StructureId,
    Guid? BeneficiaryId,
    string? Nickname,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CheckStage>))] CheckStage Stage,
    int Answered,
    string? DomainId,
    string? DomainNameFr,
    string? DomainNameEn,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt)
{
    /// <summary>The domain's name in this language ("fr" or "en").</summary>
    public string? DomainName(string language) => language == "en" ? DomainNameEn ?? DomainNameFr : DomainNameFr;
}
