namespace EvalNumerique.Web.Data;

/// <summary>One import of a directory file (dry runs are not recorded): who, when, what it did.</summary>
public sealed class DirectoryImport
{
    public int Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The admin who imported, or "cli" for the command line.</summary>
    public required string ImportedBy { get; set; }

    public required string FileName { get; set; }

    public required string Source { get; set; }

    public int RowsRead { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Skipped { get; set; }

    /// <summary>The skipped rows and warnings as JSON (line, field, message), kept for the admin.</summary>
    public string Problems { get; set; } = "[]";
}
