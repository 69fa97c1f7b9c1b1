namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>One line of the people list.</summary>
public sealed record PersonRow(
    Guid Id,
    string Nickname,
    string Pseudonym,
    int StructureId,
    string StructureName,
    bool StructureIsDemo,
    int? BirthDecade,
    string? LocalReference,
    int CheckCount,
    DateTimeOffset? LastCheckAt,
    CheckStatus? LastCheckStatus,
    DateTimeOffset LastActivityAt);
