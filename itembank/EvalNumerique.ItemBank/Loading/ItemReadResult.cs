using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>The outcome of reading one item file.</summary>
/// <param name="Item">The item, or <see langword="null"/> when the file could not be read into one.</param>
/// <param name="Id">The id written in the file, when one could be read (even if the item is broken).</param>
/// <param name="Map">The line of every front-matter node, for later diagnostics.</param>
internal sealed record ItemReadResult(Item? Item, string? Id, SourceMap Map);
