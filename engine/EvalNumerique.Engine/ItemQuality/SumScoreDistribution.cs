using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// The distribution of the number-correct score at a given θ, by the recursion of Lord &amp;
/// Wingersky (1984): adding item j to items 1…j−1 gives
/// Sⱼ(k | θ) = Sⱼ₋₁(k | θ)·Qⱼ(θ) + Sⱼ₋₁(k − 1 | θ)·Pⱼ(θ), starting from S₀(0) = 1.
/// </summary>
public static class SumScoreDistribution
{
    /// <summary>
    /// Fills <paramref name="distribution"/> (length = number of items counted + 1) with P(score = k | θ)
    /// over every item of the pool except <paramref name="skippedItem"/> (−1 to count them all).
    /// </summary>
    public static void Compute(ItemPool pool, double theta, int skippedItem, Span<double> distribution)
    {
        ArgumentNullException.ThrowIfNull(pool);
        int counted = skippedItem >= 0 && skippedItem < pool.Count ? pool.Count - 1 : pool.Count;
        if (distribution.Length != counted + 1)
            throw new ArgumentException($"The distribution needs {counted + 1} cells.", nameof(distribution));
        distribution.Clear();
        distribution[0] = 1;
        int added = 0;
        for (int item = 0; item < pool.Count; item++)
        {
            if (item == skippedItem) continue;
            var point = ResponseModel.Evaluate(pool.A[item], pool.B[item], pool.C[item], pool.D[item], pool.Scaling, theta);
            added++;
            for (int k = added; k >= 1; k--)
                distribution[k] = distribution[k] * point.Q + distribution[k - 1] * point.P;
            distribution[0] *= point.Q;
        }
    }
}
