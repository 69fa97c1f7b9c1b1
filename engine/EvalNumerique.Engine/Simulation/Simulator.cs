using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Sessions;

namespace EvalNumerique.Engine.Simulation;

/// <summary>
/// Monte-Carlo simulation of adaptive tests (the post-hoc/simulation design of catR's
/// randomCAT and simulateRespondents): each examinee runs a real <see cref="CatSession"/>.
/// Examinees are independent random streams derived from the seed, so the result does not
/// depend on how many threads run them.
/// </summary>
public static class Simulator
{
    /// <summary>Band edges of the conditional report: unit bands from −2 to 2, open below and above.</summary>
    private static readonly double[] BandEdges = [-2, -1, 0, 1, 2];

    /// <summary>Runs the simulation. Throws <see cref="ArgumentException"/> for inconsistent inputs.</summary>
    public static SimulationReport Run(ItemPool pool, SimulationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Options.Problem() is { } problem) throw new ArgumentException($"Invalid options: {problem}.", nameof(spec));
        var thetas = spec.TrueThetas ?? DrawThetas(spec.Count, spec.Seed);
        if (thetas.Count == 0) throw new ArgumentException("A simulation needs at least one examinee.", nameof(spec));
        if (spec.Uniforms is { } uniforms)
        {
            if (uniforms.Count != thetas.Count)
                throw new ArgumentException($"There are {uniforms.Count} rows of uniforms for {thetas.Count} examinees.", nameof(spec));
            for (int j = 0; j < uniforms.Count; j++)
                if (uniforms[j].Count != pool.Count)
                    throw new ArgumentException($"Uniforms row {j} has {uniforms[j].Count} numbers; the bank has {pool.Count} items.", nameof(spec));
        }

        var examinees = new SimulatedExaminee[thetas.Count];
        Parallel.For(0, thetas.Count, j => examinees[j] = RunOne(pool, spec, j, thetas[j]));
        return Summarise(pool, examinees);
    }

    private static SimulatedExaminee RunOne(ItemPool pool, SimulationSpec spec, int j, double trueTheta)
    {
        var session = new CatSession(pool, spec.Options, RandomSource.Derive(spec.Seed, 2 * (ulong)j));
        var answers = new RandomSource(RandomSource.Derive(spec.Seed, 2 * (ulong)j + 1));
        var row = spec.Uniforms?[j];
        for (int item = session.NextItem(); item >= 0; item = session.NextItem())
        {
            double u = row is null ? answers.NextDouble() : row[item];
            session.Answer(item, u < pool.Probability(item, trueTheta) ? 1 : 0);
        }
        var items = session.Responses.Select(r => pool.Ids[r.Item]).ToArray();
        return new SimulatedExaminee(trueTheta, session.Estimate.Theta, session.Estimate.Se, items);
    }

    private static double[] DrawThetas(int count, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new RandomSource(RandomSource.Derive(seed, ulong.MaxValue));
        var thetas = new double[count];
        for (int j = 0; j < count; j++) thetas[j] = random.NextStandardNormal();
        return thetas;
    }

    private static SimulationReport Summarise(ItemPool pool, SimulatedExaminee[] examinees)
    {
        int n = examinees.Length;
        double meanTrue = examinees.Average(e => e.TrueTheta);
        double meanEstimate = examinees.Average(e => e.Theta);
        double covariance = 0, varianceTrue = 0, varianceEstimate = 0;
        foreach (var e in examinees)
        {
            covariance += (e.TrueTheta - meanTrue) * (e.Theta - meanEstimate);
            varianceTrue += (e.TrueTheta - meanTrue) * (e.TrueTheta - meanTrue);
            varianceEstimate += (e.Theta - meanEstimate) * (e.Theta - meanEstimate);
        }
        double corr = varianceTrue > 0 && varianceEstimate > 0 ? covariance / Math.Sqrt(varianceTrue * varianceEstimate) : 0;

        var seen = new int[pool.Count];
        foreach (var e in examinees)
            foreach (string id in e.Items) seen[pool.IndexOf(id)]++;
        var exposure = seen.Select(count => (double)count / n).ToArray();

        var summary = new SimulationSummary(
            N: n,
            Rmse: Math.Sqrt(examinees.Average(e => (e.Theta - e.TrueTheta) * (e.Theta - e.TrueTheta))),
            Bias: examinees.Average(e => e.Theta - e.TrueTheta),
            Corr: corr,
            MeanSe: examinees.Average(e => e.Se),
            MeanLength: examinees.Average(e => e.Items.Count),
            MaxExposure: exposure.Length == 0 ? 0 : exposure.Max(),
            UnusedShare: pool.Count == 0 ? 0 : (double)seen.Count(c => c == 0) / pool.Count,
            ConditionalSe: Bands(examinees));
        return new SimulationReport(summary, examinees, exposure);
    }

    private static List<ThetaBand> Bands(SimulatedExaminee[] examinees)
    {
        var bands = new List<ThetaBand>();
        for (int k = 0; k <= BandEdges.Length; k++)
        {
            double? from = k == 0 ? null : BandEdges[k - 1];
            double? to = k == BandEdges.Length ? null : BandEdges[k];
            var inBand = examinees.Where(e => (from is null || e.TrueTheta >= from) && (to is null || e.TrueTheta < to)).ToArray();
            if (inBand.Length == 0) continue;
            bands.Add(new ThetaBand(from, to, inBand.Length,
                MeanSe: inBand.Average(e => e.Se),
                Rmse: Math.Sqrt(inBand.Average(e => (e.Theta - e.TrueTheta) * (e.Theta - e.TrueTheta))),
                Bias: inBand.Average(e => e.Theta - e.TrueTheta)));
        }
        return bands;
    }
}
