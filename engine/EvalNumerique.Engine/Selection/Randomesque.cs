using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;

namespace EvalNumerique.Engine.Selection;

/// <summary>
/// Randomesque exposure control (Kingsbury &amp; Zara, 1989): a uniform draw among the k available
/// items with the largest information at θ̂. k = 1 is plain maximum information.
/// </summary>
public static class Randomesque
{
    /// <summary>One of the k most informative available items, or −1 when none is left.</summary>
    public static int Select(ItemPool pool, double theta, ReadOnlySpan<bool> blocked, int domain, int k, RandomSource random)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        Span<int> topItems = k <= 64 ? stackalloc int[k] : new int[k];
        Span<double> topInformation = k <= 64 ? stackalloc double[k] : new double[k];
        int filled = 0;
        for (int i = 0; i < pool.Count; i++)
        {
            if (blocked[i] || (domain >= 0 && pool.DomainOf(i) != domain)) continue;
            double information = pool.Information(i, theta);
            if (filled == k && information <= topInformation[k - 1]) continue;
            // Insertion into the descending top-k list; equal values keep bank order.
            int position = filled < k ? filled++ : k - 1;
            while (position > 0 && topInformation[position - 1] < information)
            {
                topItems[position] = topItems[position - 1];
                topInformation[position] = topInformation[position - 1];
                position--;
            }
            topItems[position] = i;
            topInformation[position] = information;
        }
        return filled == 0 ? -1 : topItems[random.NextInt(filled)];
    }
}
