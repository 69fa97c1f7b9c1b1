using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// Residual-based item fit (Wright &amp; Masters, 1982, Rating Scale Analysis, ch. 5; Wright &amp; Stone,
/// 1979), computed over the persons who answered the item, each at their own θ̂ — so it works on
/// sparse adaptive data. For answer xₙ with model probability Pₙ = P(θ̂ₙ):
/// <list type="bullet">
/// <item>expected value Eₙ = Pₙ, variance Wₙ = Pₙ(1 − Pₙ), kurtosis Cₙ = E(xₙ − Pₙ)⁴ = Wₙ((1 − Pₙ)³ + Pₙ³);</item>
/// <item>standardised residual zₙ = (xₙ − Pₙ)/√Wₙ;</item>
/// <item>outfit u = Σzₙ² / N, with model variance q_u² = Σ(Cₙ/Wₙ²)/N² − 1/N;</item>
/// <item>infit v = Σ(xₙ − Pₙ)² / ΣWₙ, with model variance q_v² = Σ(Cₙ − Wₙ²)/(ΣWₙ)²;</item>
/// <item>t = (m^(1/3) − 1)·(3/q) + q/3 for either mean square m (Wilson &amp; Hilferty, 1931, as in
/// Wright &amp; Masters, 1982, eq. 5.4.13–5.4.17).</item>
/// </list>
/// The mean squares use θ̂, not the true θ: with short tests they run slightly below 1 because θ̂ is
/// fitted to the same answers. Answers where the model gives P = 0 or 1 to machine precision carry no
/// residual information and are skipped.
/// </summary>
public static class ItemFit
{
    /// <summary>The fit of one item of <paramref name="pool"/>, with one θ̂ per person of the set.</summary>
    public static ItemFitStatistics Compute(ItemPool pool, ResponseSet responses, int item, IReadOnlyList<double> thetas)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(thetas);
        double squaredStandardised = 0, squaredResiduals = 0, variances = 0, kurtosisRatio = 0, infitVariance = 0;
        int n = 0;
        foreach (var answer in responses.OfItem(item))
        {
            var point = ResponseModel.Evaluate(pool.A[item], pool.B[item], pool.C[item], pool.D[item], pool.Scaling, thetas[answer.Person]);
            double w = point.P * point.Q;
            if (!(w > 0)) continue;
            double residual = answer.Score == 1 ? point.Q : -point.P; // x − P without cancellation
            double kurtosis = w * (point.Q * point.Q * point.Q + point.P * point.P * point.P);
            squaredStandardised += residual * residual / w;
            squaredResiduals += residual * residual;
            variances += w;
            kurtosisRatio += kurtosis / (w * w);
            infitVariance += kurtosis - w * w;
            n++;
        }
        if (n == 0) return new ItemFitStatistics(0, null, null, null, null);

        double outfit = squaredStandardised / n;
        double infit = squaredResiduals / variances;
        double outfitQ = Math.Sqrt(Math.Max(0, kurtosisRatio / ((double)n * n) - 1.0 / n));
        double infitQ = Math.Sqrt(Math.Max(0, infitVariance / (variances * variances)));
        return new ItemFitStatistics(n, outfit, Standardise(outfit, outfitQ), infit, Standardise(infit, infitQ));
    }

    /// <summary>
    /// Wilson–Hilferty t = (m^(1/3) − 1)·(3/q) + q/3 of a mean square m with model SD q; null when q = 0
    /// (every P = ½, where every squared standardised residual is exactly 1 and the mean square cannot vary).
    /// </summary>
    public static double? Standardise(double meanSquare, double q) =>
        q > 0 ? (Math.Cbrt(meanSquare) - 1) * (3 / q) + q / 3 : null;
}
