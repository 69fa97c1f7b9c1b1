namespace EvalNumerique.ItemBank.Items;

/// <summary>An item of the bank: the common fields of FORMAT.md plus its type-specific <see cref="Content"/>.</summary>
/// <param name="Id">Unique id, <c>&lt;domain&gt;-&lt;competence&gt;-&lt;NNN&gt;</c>, equal to the file name.</param>
/// <param name="Competence">Competence id of the framework, e.g. <c>safety.scams</c>.</param>
/// <param name="Level">Expert level 1–4.</param>
/// <param name="Irt">IRT parameters.</param>
/// <param name="Status">Life-cycle status.</param>
/// <param name="Version">Version number, ≥ 1.</param>
/// <param name="Audio">The whole text to read aloud.</param>
/// <param name="Feedback">One or two kind sentences shown after the answer.</param>
/// <param name="Image">Optional picture shown with the stem.</param>
/// <param name="AudioFile">Optional recorded audio, relative to the item file.</param>
/// <param name="Enemies">Ids of items that must not be given in the same check.</param>
/// <param name="Tags">Free keywords.</param>
/// <param name="Stem">The Markdown body (the question in FALC).</param>
/// <param name="Content">Type-specific fields and answer key.</param>
/// <param name="SourcePath">The file, relative to <c>itembank/</c> with forward slashes.</param>
public sealed record Item(
    string Id,
    string Competence,
    int Level,
    IrtParameters Irt,
    ItemStatus Status,
    int Version,
    string Audio,
    string Feedback,
    Picture? Image,
    string? AudioFile,
    IReadOnlyList<string> Enemies,
    IReadOnlyList<string> Tags,
    string Stem,
    ItemContent Content,
    string SourcePath)
{
    /// <summary>The item type, given by its content.</summary>
    public ItemType Type => Content.Type;

    /// <summary>The domain part of the competence id.</summary>
    public string Domain => Competence.Split('.')[0];
}
