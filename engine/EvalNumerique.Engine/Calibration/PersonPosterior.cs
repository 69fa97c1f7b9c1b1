namespace EvalNumerique.Engine.Calibration;

/// <summary>One person's posterior on the quadrature nodes, shared by the E-step and the standard errors.</summary>
internal static class PersonPosterior
{
    /// <summary>
    /// Fills <paramref name="posterior"/> with πₖ = wₖ·L(θₖ) / Σₘ wₘ·L(θₘ), computed in logs and
    /// shifted by the largest term, and returns ln Σₖ wₖ·L(θₖ).
    /// </summary>
    public static double Compute(ReadOnlySpan<int> items, ReadOnlySpan<byte> scores, double[] logP, double[] logQ, double[] logWeights, Span<double> posterior)
    {
        int q = posterior.Length;
        logWeights.AsSpan(0, q).CopyTo(posterior);
        for (int at = 0; at < items.Length; at++)
        {
            var row = (scores[at] != 0 ? logP : logQ).AsSpan(items[at] * q, q);
            for (int k = 0; k < q; k++) posterior[k] += row[k];
        }
        double max = double.NegativeInfinity;
        for (int k = 0; k < q; k++) max = Math.Max(max, posterior[k]);
        double sum = 0;
        for (int k = 0; k < q; k++)
        {
            double value = Math.Exp(posterior[k] - max);
            posterior[k] = value;
            sum += value;
        }
        double inverse = 1 / sum;
        for (int k = 0; k < q; k++) posterior[k] *= inverse;
        return max + Math.Log(sum);
    }
}
