namespace EvalNumerique.Web.Data;

/// <summary>History of a place: one row per import that created or changed it, with the fields it changed.</summary>
public sealed class DirectoryPlaceChange
{
    public long Id { get; set; }

    public int PlaceId { get; set; }

    public int ImportId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>True for the import that created the place.</summary>
    public bool Created { get; set; }

    /// <summary>The changed fields as JSON: <c>{"Phone": {"old": "…", "new": "…"}, …}</c>.</summary>
    public string ChangedFields { get; set; } = "{}";
}
