using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Selection;

/// <summary>
/// Maximum Fisher information selection (Lord, 1980; Weiss, 1982): the available item with the
/// largest Iᵢ(θ̂). Ties go to the item listed first in the bank, so the choice is deterministic.
/// </summary>
public static class MaximumInformation
{
    /// <summary>Informations closer than this relative gap are a tie.</summary>
    public const double TieTolerance = 1e-12;

    /// <summary>
    /// The most informative available item, or −1 when none is left.
    /// </summary>
    /// <param name="pool">The bank.</param>
    /// <param name="theta">The current estimate.</param>
    /// <param name="blocked">true for items that may not be chosen (seen, excluded, enemies).</param>
    /// <param name="domain">Only items of this domain index, or −1 for any.</param>
    public static int Select(ItemPool pool, double theta, ReadOnlySpan<bool> blocked, int domain = -1)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var a = pool.A; var b = pool.B; var c = pool.C; var d = pool.D;
        double scaling = pool.Scaling;
        int best = -1;
        double bestInformation = double.NegativeInfinity;
        for (int i = 0; i < a.Length; i++)
        {
            if (blocked[i] || (domain >= 0 && pool.DomainOf(i) != domain)) continue;
            double information = ResponseModel.Information(a[i], b[i], c[i], d[i], scaling, theta);
            // A relative 1e-12 margin makes ties that differ only by rounding go to the item listed first.
            if (best < 0 || information > bestInformation + TieTolerance * bestInformation)
            {
                best = i;
                bestInformation = information;
            }
        }
        return best;
    }
}
