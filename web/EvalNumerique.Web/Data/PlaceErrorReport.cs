namespace EvalNumerique.Web.Data;

/// <summary>"Signaler une erreur": a staff member says a place's data is wrong (moved, closed, new hours…).</summary>
public sealed class PlaceErrorReport
{
    public int Id { get; set; }

    public int PlaceId { get; set; }

    public DirectoryPlace? Place { get; set; }

    public int? StructureId { get; set; }

    public required string ReportedById { get; set; }

    public required string ReportedByName { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Text { get; set; }

    /// <summary>Set by an admin once the source has been told or the data fixed.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    public const int MaxLength = 1000;
}
