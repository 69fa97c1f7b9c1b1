namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// The M-step for one item: maximise the expected complete-data log-likelihood
/// Σₖ [r̄ₖ·ln P(θₖ) + (n̄ₖ − r̄ₖ)·ln Q(θₖ)] plus the log priors, by Fisher scoring (Bock &amp; Aitkin,
/// 1981; Baker &amp; Kim, 2004, ch. 6) in the slope–intercept form z = D·(a·θ + t), b = −t/a, which is
/// better conditioned than (a, b) when a is small.
/// <para>
/// Gradient: Σₖ (r̄ₖ − n̄ₖPₖ)/(PₖQₖ)·∂Pₖ/∂η; information: Σₖ n̄ₖ·∂Pₖ/∂η·∂Pₖ/∂ηᵀ/(PₖQₖ), with
/// ∂P/∂a = (1 − c)ψ(1 − ψ)·D·θ, ∂P/∂t = (1 − c)ψ(1 − ψ)·D, ∂P/∂c = 1 − ψ. Each step is capped,
/// projected on the bounds and halved until the objective does not fall, so the M-step never makes
/// the item worse.
/// </para>
/// </summary>
internal static class ItemMaximisation
{
    private const int MaxIterations = 25;
    private const int MaxHalvings = 12;
    private const double StepTolerance = 1e-8;

    /// <summary>Improves (a, t, c) of one item in place. Which of them move is given by <paramref name="free"/>.</summary>
    public static void Fit(ref ItemCoefficients item, FreeParameters free, ReadOnlySpan<double> correct, ReadOnlySpan<double> total,
        ReadOnlySpan<double> nodes, CalibrationOptions options)
    {
        Span<double> gradient = stackalloc double[3];
        Span<double> information = stackalloc double[9];
        Span<double> step = stackalloc double[3];
        double current = Objective(item, free, correct, total, nodes, options);
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            Derivatives(item, free, correct, total, nodes, options, gradient, information);
            if (!LinearAlgebra.Solve3(information, gradient, step, free)) return;
            Cap(step, free);
            double scale = 1;
            bool improved = false;
            for (int halving = 0; halving <= MaxHalvings; halving++, scale /= 2)
            {
                var candidate = Bounded(new ItemCoefficients(
                    item.A + (free.Slope ? scale * step[0] : 0),
                    item.T + scale * step[1],
                    item.C + (free.Guessing ? scale * step[2] : 0)), free, options);
                double value = Objective(candidate, free, correct, total, nodes, options);
                if (value >= current)
                {
                    double change = Math.Max(Math.Abs(candidate.A - item.A), Math.Max(Math.Abs(candidate.T - item.T), Math.Abs(candidate.C - item.C)));
                    item = candidate;
                    current = value;
                    improved = true;
                    if (change < StepTolerance) return;
                    break;
                }
            }
            if (!improved) return;
        }
    }

    /// <summary>The item's part of the M-step objective: expected log-likelihood plus log priors (those of its free parameters).</summary>
    public static double Objective(ItemCoefficients item, FreeParameters free, ReadOnlySpan<double> correct, ReadOnlySpan<double> total,
        ReadOnlySpan<double> nodes, CalibrationOptions options)
    {
        double value = 0, d = options.Scaling;
        for (int k = 0; k < nodes.Length; k++)
        {
            if (total[k] <= 0) continue;
            var (p, q) = Probabilities(item, d, nodes[k]);
            value += correct[k] * Math.Log(p) + (total[k] - correct[k]) * Math.Log(q);
        }
        if (free.Slope && options.SlopePrior is { } slopePrior) value += slopePrior.LogDensity(item.A);
        if (options.DifficultyPrior is { } difficultyPrior) value += difficultyPrior.LogDensity(item.B);
        if (free.Guessing && options.GuessingPrior is { } guessingPrior) value += guessingPrior.LogDensity(item.C);
        return value;
    }

    /// <summary>Gradient and Fisher information of <see cref="Objective"/> in (a, t, c); rows of fixed parameters are left zero.</summary>
    public static void Derivatives(ItemCoefficients item, FreeParameters free, ReadOnlySpan<double> correct, ReadOnlySpan<double> total,
        ReadOnlySpan<double> nodes, CalibrationOptions options, Span<double> gradient, Span<double> information)
    {
        gradient.Clear();
        information.Clear();
        double d = options.Scaling;
        Span<double> dp = stackalloc double[3];
        for (int k = 0; k < nodes.Length; k++)
        {
            if (total[k] <= 0) continue;
            PartialDerivatives(item, d, nodes[k], dp, out double p, out double q);
            double pq = p * q;
            double residual = (correct[k] - total[k] * p) / pq;
            double weight = total[k] / pq;
            for (int r = 0; r < 3; r++)
            {
                gradient[r] += residual * dp[r];
                for (int s = 0; s < 3; s++) information[3 * r + s] += weight * dp[r] * dp[s];
            }
        }
        AddPriors(item, free, options, gradient, information);
    }

    /// <summary>Adds the log priors' gradient and curvature (Gauss–Newton form, so the information stays positive).</summary>
    public static void AddPriors(ItemCoefficients item, FreeParameters free, CalibrationOptions options, Span<double> gradient, Span<double> information)
    {
        if (free.Slope && options.SlopePrior is { } slopePrior)
        {
            gradient[0] += slopePrior.Gradient(item.A);
            information[0] += slopePrior.Curvature(item.A);
        }
        if (options.DifficultyPrior is { } difficultyPrior)
        {
            // b = −t/a: ∂b/∂a = −b/a, ∂b/∂t = −1/a; d log p/db = −(b − μ)/σ².
            double variance = difficultyPrior.Sd * difficultyPrior.Sd;
            double slope = -(item.B - difficultyPrior.Mean) / variance;
            double ja = free.Slope ? -item.B / item.A : 0, jt = -1 / item.A;
            gradient[0] += slope * ja;
            gradient[1] += slope * jt;
            information[0] += ja * ja / variance;
            information[1] += ja * jt / variance;
            information[3] += ja * jt / variance;
            information[4] += jt * jt / variance;
        }
        if (free.Guessing && options.GuessingPrior is { } guessingPrior)
        {
            gradient[2] += guessingPrior.Gradient(item.C);
            information[8] += guessingPrior.Curvature(item.C);
        }
    }

    /// <summary>P, Q and ∂P/∂(a, t, c) at θ.</summary>
    public static void PartialDerivatives(ItemCoefficients item, double d, double theta, Span<double> dp, out double p, out double q)
    {
        var (psi, psiComplement) = Logistic(item, d, theta);
        double range = 1 - item.C;
        p = item.C + range * psi;
        q = range * psiComplement;
        double common = range * psi * psiComplement * d;
        dp[0] = common * theta;
        dp[1] = common;
        dp[2] = psiComplement;
    }

    private static (double P, double Q) Probabilities(ItemCoefficients item, double d, double theta)
    {
        var (psi, psiComplement) = Logistic(item, d, theta);
        double range = 1 - item.C;
        return (item.C + range * psi, range * psiComplement);
    }

    /// <summary>ψ = 1/(1 + e^−z) and 1 − ψ for z = D(aθ + t), each computed without cancellation or overflow.</summary>
    private static (double Psi, double Complement) Logistic(ItemCoefficients item, double d, double theta)
    {
        double z = d * (item.A * theta + item.T);
        double e = Math.Exp(-Math.Abs(z));
        double inverse = 1 / (1 + e);
        return z >= 0 ? (inverse, e * inverse) : (e * inverse, inverse);
    }

    /// <summary>Caps a scoring step at 1 in a and t and 0.1 in c: far from the optimum the quadratic model is not to be trusted.</summary>
    private static void Cap(Span<double> step, FreeParameters free)
    {
        double largest = Math.Max(free.Slope ? Math.Abs(step[0]) : 0, Math.Max(Math.Abs(step[1]), free.Guessing ? 10 * Math.Abs(step[2]) : 0));
        if (largest > 1)
            for (int r = 0; r < 3; r++) step[r] /= largest;
    }

    /// <summary>Projects on the bounds: a in [min, max], b in [−limit, limit], c in [0, max] (away from 0 under a Beta prior).</summary>
    public static ItemCoefficients Bounded(ItemCoefficients item, FreeParameters free, CalibrationOptions options)
    {
        double a = free.Slope ? Math.Clamp(item.A, options.SlopeMin, options.SlopeMax) : item.A;
        double limit = options.DifficultyLimit;
        double t = Math.Clamp(item.T, -limit * a, limit * a);
        double c = item.C;
        if (free.Guessing) c = Math.Clamp(c, options.GuessingPrior is null ? 0 : GuessingFloor, options.GuessingMax);
        return new ItemCoefficients(a, t, c);
    }

    /// <summary>Under a Beta prior ln c → −∞ at 0; the estimate stays at least this far from it.</summary>
    public const double GuessingFloor = 1e-6;
}
