namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>A person's record as their page shows it: header, checks (newest first), notes (newest first).</summary>
public sealed record PersonDetails(
    Guid Id,
    string Nickname,
    string Pseudonym,
    int? BirthDecade,
    string? LocalReference,
    int StructureId,
    string StructureName,
    bool StructureIsDemo,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    DateTimeOffset? ConsentAt,
    IReadOnlyList<PersonCheck> Checks,
    IReadOnlyList<PersonNote> Notes)
{
    /// <summary>The record as the edit form starts from it.</summary>
    public PersonInput ToInput() => new()
    {
        Nickname = Nickname,
        BirthDecade = BirthDecade,
        LocalReference = LocalReference ?? "",
        StructureId = StructureId,
    };
}

/// <summary>One check of a person.</summary>
public sealed record PersonCheck(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, CheckStatus Status, bool HasInvitation)
{
    /// <summary>An unfinished invited check can still be opened with its code or QR code.</summary>
    public bool CanShowInvitation => HasInvitation && Status.Kind is CheckStatusKind.Waiting or CheckStatusKind.InProgress;
}

/// <summary>A follow-up note.</summary>
public sealed record PersonNote(long Id, string AuthorName, DateTimeOffset CreatedAt, string Text);
