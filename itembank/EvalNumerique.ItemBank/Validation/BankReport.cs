using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>The figures and diagnostics of a bank check, for people (<see cref="BankCheck"/> text) and tools (JSON).</summary>
/// <param name="Root">The checked folder.</param>
/// <param name="ItemFiles">Item files found, broken ones included.</param>
/// <param name="Items">Items loaded without error.</param>
/// <param name="Simulations">How many of them are simulations.</param>
/// <param name="ByDomain">Items per domain id (every domain of the framework, zeros included).</param>
/// <param name="ByCompetence">Items per competence id (every competence of the framework, zeros included).</param>
/// <param name="ByLevel">Items per level, keys "1" to "4".</param>
/// <param name="ByType">Items per type name (every type, zeros included).</param>
/// <param name="ByStatus">Items per status name (every status, zeros included).</param>
/// <param name="Errors">Number of errors.</param>
/// <param name="Warnings">Number of warnings.</param>
/// <param name="Diagnostics">Every diagnostic, ordered by file and line.</param>
public sealed record BankReport(
    string Root,
    int ItemFiles,
    int Items,
    int Simulations,
    IReadOnlyDictionary<string, int> ByDomain,
    IReadOnlyDictionary<string, int> ByCompetence,
    IReadOnlyDictionary<string, int> ByLevel,
    IReadOnlyDictionary<string, int> ByType,
    IReadOnlyDictionary<string, int> ByStatus,
    int Errors,
    int Warnings,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Computes the report of a loaded bank.</summary>
    public static BankReport From(LoadedBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var items = bank.Items;
        return new BankReport(
            bank.Root,
            bank.ItemFileCount,
            items.Count,
            items.Count(i => i.Type == ItemType.Simulation),
            Count(bank.Framework.Domains.Select(d => d.Id), items.Select(i => i.Domain)),
            Count(bank.Framework.Competences.Select(c => c.Id), items.Select(i => i.Competence)),
            Count(["1", "2", "3", "4"], items.Select(i => i.Level.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Count(ItemTypeNames.TypeNames, items.Select(i => ItemTypeNames.Name(i.Type))),
            Count(ItemTypeNames.StatusNames, items.Select(i => ItemTypeNames.Name(i.Status))),
            bank.Diagnostics.Count(d => d.IsError),
            bank.Diagnostics.Count(d => !d.IsError),
            bank.Diagnostics);
    }

    /// <summary>Counts values, listing <paramref name="keys"/> first (even at zero), then any other value found.</summary>
    private static Dictionary<string, int> Count(IEnumerable<string> keys, IEnumerable<string> values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            counts[key] = 0;
        }

        foreach (var value in values)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        return counts;
    }
}
