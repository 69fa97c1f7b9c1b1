using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Importing;

/// <summary>The dry-run report of an import: per file what would happen, and problems with the source itself.</summary>
/// <param name="Source">The folder or zip that was read.</param>
/// <param name="Files">Every file, in name order.</param>
/// <param name="Problems">Problems with the whole source (unreadable, not a zip, too many entries, too large).</param>
public sealed record ImportReport(string Source, IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>How many files have this status.</summary>
    public int Count(ImportStatus status) => Files.Count(f => f.Status == status);

    /// <summary>Whether every file is valid and the source could be read whole.</summary>
    public bool IsClean => Problems.Count == 0 && Files.All(f => f.Status != ImportStatus.Invalid);
}
