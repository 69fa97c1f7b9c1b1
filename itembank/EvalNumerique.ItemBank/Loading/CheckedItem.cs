using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>One item file read and checked on its own (e.g. for the authoring editor's live preview).</summary>
/// <param name="Item">The item, or <see langword="null"/> when it has errors.</param>
/// <param name="Diagnostics">The errors and warnings of this file.</param>
public sealed record CheckedItem(Item? Item, IReadOnlyList<Diagnostic> Diagnostics);
