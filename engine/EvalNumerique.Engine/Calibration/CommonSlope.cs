namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// The M-step for the slope shared by the free 1PL items (Bock &amp; Aitkin, 1981, fitted one a to the
/// LSAT-6 items; ltm's <c>rasch()</c> does the same): with every intercept t held, one-dimensional
/// Fisher scoring on Σᵢ Σₖ [r̄ᵢₖ·ln Pᵢₖ + (n̄ᵢₖ − r̄ᵢₖ)·ln Qᵢₖ] (+ the b priors), gradient
/// Σ D·θₖ·(r̄ᵢₖ − n̄ᵢₖPᵢₖ), information Σ n̄ᵢₖ·(D·θₖ)²·Pᵢₖ·Qᵢₖ. Alternating it with the intercept steps
/// is a generalised EM: each step raises the objective.
/// </summary>
internal static class CommonSlope
{
    private const int MaxIterations = 25;
    private const int MaxHalvings = 12;

    /// <summary>Returns the improved common slope; <paramref name="items"/> are updated to it (their t unchanged).</summary>
    public static double Fit(double slope, ItemCoefficients[] coefficients, IReadOnlyList<int> items, double[] correct, double[] total,
        double[] nodes, CalibrationOptions options)
    {
        int q = nodes.Length;
        var free = new FreeParameters(false, false);
        double Objective(double a)
        {
            double sum = 0;
            foreach (int i in items)
                sum += ItemMaximisation.Objective(coefficients[i] with { A = a }, free, correct.AsSpan(i * q, q), total.AsSpan(i * q, q), nodes, options);
            return sum;
        }

        double current = Objective(slope);
        Span<double> dp = stackalloc double[3];
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double gradient = 0, information = 0;
            foreach (int i in items)
            {
                var item = coefficients[i] with { A = slope };
                for (int k = 0; k < q; k++)
                {
                    double n = total[i * q + k];
                    if (n <= 0) continue;
                    ItemMaximisation.PartialDerivatives(item, options.Scaling, nodes[k], dp, out double p, out double qq);
                    gradient += (correct[i * q + k] - n * p) / (p * qq) * dp[0];
                    information += n * dp[0] * dp[0] / (p * qq);
                }
                if (options.DifficultyPrior is { } prior)
                {
                    double variance = prior.Sd * prior.Sd;
                    double jacobian = -item.B / slope;
                    gradient += -(item.B - prior.Mean) / variance * jacobian;
                    information += jacobian * jacobian / variance;
                }
            }
            if (!(information > 0)) break;
            double step = Math.Clamp(gradient / information, -1, 1);
            bool improved = false;
            for (int halving = 0; halving <= MaxHalvings; halving++, step /= 2)
            {
                double candidate = Math.Clamp(slope + step, options.SlopeMin, options.SlopeMax);
                double value = Objective(candidate);
                if (value >= current)
                {
                    bool done = Math.Abs(candidate - slope) < 1e-8;
                    slope = candidate;
                    current = value;
                    improved = true;
                    if (done) iteration = MaxIterations;
                    break;
                }
            }
            if (!improved) break;
        }
        foreach (int i in items) coefficients[i] = coefficients[i] with { A = slope };
        return slope;
    }
}
