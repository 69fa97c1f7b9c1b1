using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>The items read from QTI, and every problem and unsupported part, with file and line.</summary>
/// <param name="Items">The items that could be built (their <see cref="Item.SourcePath"/> is where they belong in the bank).</param>
/// <param name="Diagnostics">Errors (the item was not built) and warnings (something was ignored or assumed).</param>
public sealed record QtiImportResult(IReadOnlyList<Item> Items, IReadOnlyList<Diagnostic> Diagnostics);
