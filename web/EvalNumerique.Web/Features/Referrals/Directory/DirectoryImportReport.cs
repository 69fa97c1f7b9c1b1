namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>What an import did, or would do on a dry run: counts, skipped rows and warnings.</summary>
/// <param name="FileName">The imported file.</param>
/// <param name="DryRun">Nothing was saved.</param>
/// <param name="RowsRead">Data rows read (the header excluded).</param>
/// <param name="Added">New places.</param>
/// <param name="Updated">Places already known whose data changed.</param>
/// <param name="Unchanged">Places already known, identical.</param>
/// <param name="Errors">Skipped rows (and file-level problems, line 1 or 0), with line and field.</param>
/// <param name="Warnings">Rows kept with something odd in them.</param>
/// <param name="ImportId">The recorded import, null on a dry run or when nothing could be imported.</param>
public sealed record DirectoryImportReport(
    string FileName,
    bool DryRun,
    int RowsRead,
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<DirectoryRowError> Errors,
    IReadOnlyList<DirectoryRowError> Warnings,
    int? ImportId)
{
    public int Skipped => SkippedRows(Errors);

    /// <summary>Rows skipped: distinct data lines with an error (line 1 is the header, 0 the file).</summary>
    public static int SkippedRows(IEnumerable<DirectoryRowError> errors) => errors.Select(e => e.Line).Where(l => l > 1).Distinct().Count();

    /// <summary>The file could not be read at all (bad header, malformed JSON, too large): nothing was imported.</summary>
    public bool FileRejected => Added + Updated + Unchanged == 0 && Errors.Any(e => e.Line <= 1);
}
