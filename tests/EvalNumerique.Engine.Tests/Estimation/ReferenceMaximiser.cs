namespace EvalNumerique.Engine.Tests.Estimation;

/// <summary>
/// The engine's bounded maximiser before <see cref="EvalNumerique.Engine.Estimation.ModalEstimator"/>
/// (commit 5e62fdf), kept as the reference the incremental search must agree with: it evaluates
/// the whole pattern from scratch at every scan node and bisects every bracket.
/// <para>
/// Maximises a smooth objective on [min, max] given its derivative (the estimating equation).
/// A scan at <see cref="ScanSteps"/> equal steps brackets every local maximum (a + → − sign
/// change of the derivative); each is refined by bisection to <see cref="Tolerance"/>; an end of
/// the interval is a candidate when the derivative points out of it. The candidate with the
/// highest objective wins, so a 3PL likelihood with several modes still gives the global
/// maximum on the interval, and a pattern whose likelihood keeps rising (all correct) gives the
/// bound — the documented, finite answer.
/// </para>
/// </summary>
internal static class ReferenceMaximiser
{
    /// <summary>160 steps: 0.05 on the default [−4, 4], finer than any two modes of a real bank.</summary>
    public const int ScanSteps = 160;

    /// <summary>Bisection stops when the bracket is narrower than this.</summary>
    public const double Tolerance = 1e-12;

    public static double Maximise(Func<double, double> derivative, Func<double, double> objective, double min, double max)
    {
        double step = (max - min) / ScanSteps;
        double best = double.NaN, bestValue = double.NegativeInfinity;

        // On an exact tie (a plateau where the likelihood underflowed) the bound wins: the
        // likelihood of such a pattern keeps rising towards it.
        void Consider(double theta, bool isBound = false)
        {
            double value = objective(theta);
            if (double.IsNaN(best) || value > bestValue || (value == bestValue && isBound)) { best = theta; bestValue = value; }
        }

        double left = min, leftSlope = derivative(min);
        if (leftSlope <= 0) Consider(min, isBound: true); // 0: flat there (e.g. underflow of a very steep item); the objective decides
        for (int i = 1; i <= ScanSteps; i++)
        {
            double right = i == ScanSteps ? max : min + i * step;
            double rightSlope = derivative(right);
            if (leftSlope > 0 && rightSlope <= 0) Consider(Bisect(derivative, left, right));
            left = right;
            leftSlope = rightSlope;
        }
        if (leftSlope >= 0) Consider(max, isBound: true);
        if (double.IsNaN(best))
        {
            // A flat objective (the derivative is 0 everywhere on the scan): every point is a maximum.
            Consider(min + (max - min) / 2);
        }
        return best;
    }

    private static double Bisect(Func<double, double> derivative, double positive, double nonPositive)
    {
        while (nonPositive - positive > Tolerance)
        {
            double middle = positive + (nonPositive - positive) / 2;
            if (middle <= positive || middle >= nonPositive) break;
            if (derivative(middle) > 0) positive = middle; else nonPositive = middle;
        }
        return positive + (nonPositive - positive) / 2;
    }
}
