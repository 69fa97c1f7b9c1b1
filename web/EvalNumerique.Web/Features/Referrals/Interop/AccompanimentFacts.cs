namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>
/// What EvalNumerique knows of one finished check of a person (one individual accompaniment), as
/// read from the database: the input of <see cref="CoopAccompanimentMapping"/>.
/// </summary>
/// <param name="CheckId">The check.</param>
/// <param name="CreatedAt">When the check (or its invitation) was created.</param>
/// <param name="FinishedAt">When the last answer was given.</param>
/// <param name="FirstAnswerStartedAt">When the first question appeared (its answer time minus its elapsed time), if any.</param>
/// <param name="IsKiosk">Started on the structure's kiosk PC, so done at the structure.</param>
/// <param name="StructureName">The structure the check belongs to.</param>
/// <param name="Level">The overall level of the result, 1 (Découverte) to 4 (Autonome).</param>
/// <param name="Needs">The person's needs (ids of <c>Features/Check/Needs.cs</c>), in their order.</param>
/// <param name="Domains">The level of each framework domain.</param>
/// <param name="Places">The places chosen for the person after this check, in the sheet's order.</param>
public sealed record AccompanimentFacts(
    Guid CheckId,
    DateTimeOffset CreatedAt,
    DateTimeOffset FinishedAt,
    DateTimeOffset? FirstAnswerStartedAt,
    bool IsKiosk,
    string StructureName,
    int Level,
    IReadOnlyList<string> Needs,
    IReadOnlyList<DomainLevel> Domains,
    IReadOnlyList<OrientationPlace> Places);
