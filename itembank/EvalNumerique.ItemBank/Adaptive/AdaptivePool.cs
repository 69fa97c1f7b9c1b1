using EvalNumerique.Engine.Models;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Adaptive;

/// <summary>
/// The engine's view of the bank: the scored items (status live) as an <see cref="ItemPool"/>
/// with their domain, and their enemy pairs as groups. Draft, pilot and retired items never
/// count towards an estimate.
/// </summary>
public sealed record AdaptivePool(ItemPool Pool, IReadOnlyList<IReadOnlyList<string>> EnemyGroups)
{
    /// <summary>
    /// Builds the pool from a loaded bank (items with errors were already left out by the loader);
    /// <paramref name="parameters"/> replace the files' parameters of the items they name (an
    /// accepted calibration), the others keep theirs.
    /// </summary>
    public static AdaptivePool From(LoadedBank bank, IReadOnlyDictionary<string, ItemParameters>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var live = bank.Items.Where(i => i.Status == ItemStatus.Live).OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        var pool = new ItemPool([.. live.Select(i => new PoolItem(i.Id,
            parameters?.GetValueOrDefault(i.Id) ?? new ItemParameters(i.Irt.A, i.Irt.B, i.Irt.C, i.Irt.D), i.Domain))]);
        var enemies = live
            .SelectMany(i => i.Enemies.Where(e => pool.IndexOf(e) >= 0).Select(e => (IReadOnlyList<string>)[i.Id, e]))
            .ToList();
        return new AdaptivePool(pool, enemies);
    }
}
