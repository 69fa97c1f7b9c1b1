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

    public CheckStage Stage { get; set; }

    /// <summary>What the person wants to be able to do (need ids), comma-separated.</summary>
    public string Needs { get; set; } = "";

    /// <summary>Equipment and access answers as JSON ({"smartphone": true, …}).</summary>
    public string Equipment { get; set; } = "{}";

    /// <summary>The engine's <c>CatSessionState</c> as JSON, written with each answer.</summary>
    public string SessionState { get; set; } = "";

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
