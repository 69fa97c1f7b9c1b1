using EvalNumerique.ItemBank.Framework;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Resources;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>
/// What <see cref="ItemBankLoader"/> could load: the framework, the valid items, the resources and every
/// diagnostic. Items with an error are reported in <see cref="Diagnostics"/> and left out of <see cref="Items"/>.
/// </summary>
/// <param name="Root">The full path of the <c>itembank/</c> folder.</param>
/// <param name="Framework">The competence framework (empty when <c>framework.yaml</c> is unreadable).</param>
/// <param name="Items">The items without errors, ordered by file path.</param>
/// <param name="Resources">The pathway resources (empty when <c>resources.yaml</c> is unreadable).</param>
/// <param name="Diagnostics">Every error and warning, ordered by file and line.</param>
/// <param name="ItemFileCount">How many item files were found, broken ones included.</param>
public sealed record LoadedBank(
    string Root,
    CompetenceFramework Framework,
    IReadOnlyList<Item> Items,
    PathwayResources Resources,
    IReadOnlyList<Diagnostic> Diagnostics,
    int ItemFileCount)
{
    /// <summary>The errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warnings only.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    /// <summary>Whether any error was found.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The item with this id, or <see langword="null"/>.</summary>
    public Item? FindItem(string id) => Items.FirstOrDefault(i => i.Id == id);
}
