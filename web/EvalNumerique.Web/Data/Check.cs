namespace EvalNumerique.Web.Data;

/// <summary>
/// One skills check. The engine's session state is stored after every answer, together with the
/// answer itself, so the check resumes exactly after a closed tab or a server restart.
/// </summary>
public sealed class Check
{
    public Guid Id { get; set; }

    /// <summary>Short code to resume on another device or after a break (no ambiguous letters).</summary>
    public required string ResumeCode { get; set; }

    public int? StructureId { get; set; }

    public Structure? Structure { get; set; }

    /// <summary>The person's record, for a check created by a mediator (null: anonymous check).</summary>
    public Guid? BeneficiaryId { get; set; }

    public Beneficiary? Beneficiary { get; set; }

    /// <summary>Long random token of the invitation link and QR code (the short code is for typing).</summary>
    public string? InvitationToken { get; set; }

    /// <summary>The staff member who created the invitation.</summary>
    public string? InvitedById { get; set; }

    /// <summary>Started on a shared kiosk PC: the screen forgets the person at the end.</summary>
    public bool IsKiosk { get; set; }

    /// <summary>The person said no to keeping answers in their record: the check was detached from it.</summary>
    public bool ConsentRefused { get; set; }

    public CheckStage Stage { get; set; }

    /// <summary>What the person wants to be able to do (need ids), comma-separated.</summary>
    public string Needs { get; set; } = "";

    /// <summary>Equipment and access answers as JSON ({"smartphone": true, …}).</summary>
    public string Equipment { get; set; } = "{}";

    /// <summary>The engine's <c>CatSessionState</c> as JSON, written with each answer.</summary>
    public string SessionState { get; set; } = "";

    /// <summary>
    /// The calibration run whose item parameters were in force when the check started (null: the
    /// files' parameters). The check is run and read with them, so an accepted or reverted
    /// calibration never changes a result already given.
    /// </summary>
    public int? ParametersRunId { get; set; }

    /// <summary>Seed of the engine session (exposure control), kept for a replay if the bank changed.</summary>
    public long Seed { get; set; }

    /// <summary>The item on screen, waiting for its answer.</summary>
    public string? CurrentItemId { get; set; }

    public string Language { get; set; } = "fr";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Optimistic concurrency: two tabs cannot both move the check on.</summary>
    public int Version { get; set; }

    public List<CheckAnswer> Answers { get; set; } = [];
}
