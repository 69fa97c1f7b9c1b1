namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// What a reader made of a file: the places it could read, the rows it skipped (errors) and the
/// oddities it tolerated in the rows it kept (warnings). <paramref name="RowsRead"/> counts the data
/// rows found, good or bad, so a dry-run report can say "12 rows read, 10 places, 2 skipped".
/// </summary>
public sealed record DirectoryReadResult(
    IReadOnlyList<DirectoryRecord> Records,
    IReadOnlyList<DirectoryRowError> Errors,
    IReadOnlyList<DirectoryRowError> Warnings,
    int RowsRead)
{
    internal static DirectoryReadResult Refused(DirectoryRowError error, IReadOnlyList<DirectoryRowError>? warnings = null, int rowsRead = 0) =>
        new([], [error], warnings ?? [], rowsRead);
}
