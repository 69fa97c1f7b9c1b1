using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Importing;

/// <summary>One file of an import and what would happen to it.</summary>
/// <param name="Entry">The file's name in the folder or zip, as given.</param>
/// <param name="TargetPath">Where it would go, relative to <c>itembank/</c> (<see langword="null"/> when the name is unsafe).</param>
/// <param name="Status">New, changed, unchanged, invalid or skipped.</param>
/// <param name="ItemId">The item id, for item files whose id could be read.</param>
/// <param name="ChangedFields">For a changed item, the fields that differ (e.g. <c>Irt.B</c>, <c>Feedback</c>).</param>
/// <param name="Diagnostics">Errors and warnings, with the file and line and how to fix them.</param>
public sealed record ImportedFile(
    string Entry,
    string? TargetPath,
    ImportStatus Status,
    string? ItemId,
    IReadOnlyList<string> ChangedFields,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The bytes that would be written; kept out of JSON reports.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal byte[]? Content { get; init; }

    /// <summary>The item's enemies, checked once every file of the import is known.</summary>
    internal IReadOnlyList<string> Enemies { get; init; } = [];

    /// <summary>Whether applying the import would write this file.</summary>
    public bool WouldWrite => Status is ImportStatus.New or ImportStatus.Changed;
}
