using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Calibration;

/// <summary>
/// A hand-checkable case: 3 items, 400 persons, complete. The marginal likelihood is written out here
/// from its definition — Σ over the 8 response patterns of count × ln Σₖ wₖ Πᵢ P or Q, wₖ ∝ φ(θₖ) on
/// the same 61 nodes — and maximised by brute force (cyclic golden-section search on each parameter).
/// EM must land on the same maximum.
/// </summary>
public sealed class BruteForceMaximumTests
{
    private static readonly double[] Nodes = [.. Enumerable.Range(0, 61).Select(k => -6 + 12.0 * k / 60)];

    private static double MarginalLogLikelihood(double[] a, double[] b, int[] patternCounts)
    {
        double[] weights = [.. Nodes.Select(t => Math.Exp(-0.5 * t * t))];
        double total = weights.Sum();
        double sum = 0;
        for (int pattern = 0; pattern < 8; pattern++)
        {
            if (patternCounts[pattern] == 0) continue;
            double likelihood = 0;
            for (int k = 0; k < Nodes.Length; k++)
            {
                double product = weights[k] / total;
                for (int i = 0; i < 3; i++)
                {
                    double p = 1 / (1 + Math.Exp(-a[i] * (Nodes[k] - b[i])));
                    product *= ((pattern >> i) & 1) == 1 ? p : 1 - p;
                }
                likelihood += product;
            }
            sum += patternCounts[pattern] * Math.Log(likelihood);
        }
        return sum;
    }

    private static double GoldenSection(Func<double, double> f, double low, double high)
    {
        double ratio = (Math.Sqrt(5) - 1) / 2;
        double x1 = high - ratio * (high - low), x2 = low + ratio * (high - low);
        double f1 = f(x1), f2 = f(x2);
        while (high - low > 1e-9)
        {
            if (f1 < f2) { low = x1; x1 = x2; f1 = f2; x2 = low + ratio * (high - low); f2 = f(x2); }
            else { high = x2; x2 = x1; f2 = f1; x1 = high - ratio * (high - low); f1 = f(x1); }
        }
        return (low + high) / 2;
    }

    [Fact]
    public void Em_reaches_the_brute_force_maximum_of_the_marginal_likelihood()
    {
        var pool = new ItemPool([
            new PoolItem("x", new ItemParameters(0.8, -0.7)),
            new PoolItem("y", new ItemParameters(1.5, 0.2)),
            new PoolItem("z", new ItemParameters(1.1, 1.0))]);
        var data = ResponseSimulation.Complete(pool, Recovery.Thetas(400, seed: 5), seed: 6);
        var counts = new int[8];
        for (int j = 0; j < data.PersonCount; j++)
        {
            int pattern = 0;
            for (int at = data.Start[j]; at < data.Start[j + 1]; at++) pattern |= data.Scores[at] << data.Items[at];
            counts[pattern]++;
        }

        double[] a = [1, 1, 1], b = [0, 0, 0];
        for (int round = 0; round < 200; round++)
            for (int i = 0; i < 3; i++)
            {
                a[i] = GoldenSection(v => { var t = (double[])a.Clone(); t[i] = v; return MarginalLogLikelihood(t, b, counts); }, 0.05, 6);
                b[i] = GoldenSection(v => { var t = (double[])b.Clone(); t[i] = v; return MarginalLogLikelihood(a, t, counts); }, -6, 6);
            }
        double bruteMaximum = MarginalLogLikelihood(a, b, counts);

        var result = MmlEm.Calibrate(Recovery.Free(pool, ItemModel.TwoPL), data,
            new CalibrationOptions { ParameterTolerance = 1e-7, LogLikelihoodTolerance = 1e-10, MaxCycles = 20_000 });

        Assert.True(result.Converged);
        // Both sides maximise the same function on the same nodes; 1e-3 is the precision of the
        // brute-force search on this flat surface (its own log-likelihood is compared to 1e-6).
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(a[i], result.Items[i].Parameters.A, 1e-3);
            Assert.Equal(b[i], result.Items[i].Parameters.B, 1e-3);
        }
        Assert.Equal(bruteMaximum, result.LogLikelihood, 1e-6);
    }
}
