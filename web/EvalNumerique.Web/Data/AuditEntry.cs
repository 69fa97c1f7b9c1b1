namespace EvalNumerique.Web.Data;

/// <summary>Who viewed, exported, changed or erased what, and when (GDPR accountability).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The staff account, or null for the system (retention job).</summary>
    public string? UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>What was done: see <c>AuditActions</c>.</summary>
    public required string Action { get; set; }

    /// <summary>"beneficiary", "check", "structure", "user", "export"…</summary>
    public string? TargetKind { get; set; }

    /// <summary>The target's id or pseudonym, never a name.</summary>
    public string? TargetId { get; set; }

    public int? StructureId { get; set; }

    public string? Detail { get; set; }
}
