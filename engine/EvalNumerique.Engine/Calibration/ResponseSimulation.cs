using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Simulation;

namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// Scored answers drawn from known item parameters, to plan a calibration and to prove parameter
/// recovery: a complete design (everyone answers every item) or an adaptive one (every person takes
/// a real adaptive test through <see cref="Simulator"/>, so the data are as sparse and as targeted
/// as the check's own). Person j answers item i correctly iff uⱼᵢ &lt; Pᵢ(θⱼ), with uⱼᵢ uniform from
/// the seed: the same seed gives the same answers.
/// </summary>
public static class ResponseSimulation
{
    /// <summary>
    /// Items drawn from a seed with a ~ U(0.7, 2.0), b ~ U(−2, 2) and, for 3PL, c ~ U(0.1, 0.25) (1PL:
    /// a = 1; 1PL and 2PL: c = 0): the ranges of the recovery study of Harwell, Stone, Hsu &amp;
    /// Kirisci (1996), used by the recovery tests, the report and the benchmarks alike.
    /// </summary>
    public static ItemPool RandomItems(int count, ItemModel model, ulong seed)
    {
        var random = new RandomSource(seed);
        var items = new List<PoolItem>(count);
        for (int i = 0; i < count; i++)
        {
            double a = model == ItemModel.OnePL ? 1 : 0.7 + 1.3 * random.NextDouble();
            double b = -2 + 4 * random.NextDouble();
            double c = model == ItemModel.ThreePL ? 0.1 + 0.15 * random.NextDouble() : 0;
            items.Add(new PoolItem(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"i{i:D3}"), new ItemParameters(a, b, c)));
        }
        return new ItemPool(items);
    }

    /// <summary>Abilities θ ~ N(<paramref name="mean"/>, <paramref name="sd"/>²) drawn from a seed.</summary>
    public static double[] Thetas(int count, ulong seed, double mean = 0, double sd = 1)
    {
        var random = new RandomSource(seed);
        return [.. Enumerable.Range(0, count).Select(_ => mean + sd * random.NextStandardNormal())];
    }

    /// <summary>Every person answers every item of the pool.</summary>
    public static ResponseMatrix Complete(ItemPool pool, IReadOnlyList<double> thetas, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(thetas);
        var persons = new IReadOnlyList<Response>[thetas.Count];
        for (int j = 0; j < thetas.Count; j++)
        {
            var random = new RandomSource(RandomSource.Derive(seed, (ulong)j));
            var answers = new Response[pool.Count];
            for (int i = 0; i < pool.Count; i++)
                answers[i] = new Response(i, random.NextDouble() < pool.Probability(i, thetas[j]) ? 1 : 0);
            persons[j] = answers;
        }
        return new ResponseMatrix(pool.Count, persons);
    }

    /// <summary>
    /// Every person takes the adaptive test described by <paramref name="options"/> on the pool (its
    /// parameters drive both the selection and the answers) and answers only the items it gives.
    /// </summary>
    public static ResponseMatrix Adaptive(ItemPool pool, IReadOnlyList<double> thetas, CatOptions options, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(thetas);
        ArgumentNullException.ThrowIfNull(options);
        var uniforms = new double[thetas.Count][];
        for (int j = 0; j < thetas.Count; j++)
        {
            var random = new RandomSource(RandomSource.Derive(seed, (ulong)j));
            var row = new double[pool.Count];
            for (int i = 0; i < row.Length; i++) row[i] = random.NextDouble();
            uniforms[j] = row;
        }
        var report = Simulator.Run(pool, new SimulationSpec { TrueThetas = thetas, Uniforms = uniforms, Options = options, Seed = seed });
        var persons = new IReadOnlyList<Response>[thetas.Count];
        for (int j = 0; j < thetas.Count; j++)
        {
            var given = report.Examinees[j].Items;
            var answers = new Response[given.Count];
            for (int at = 0; at < given.Count; at++)
            {
                int i = pool.IndexOf(given[at]);
                answers[at] = new Response(i, uniforms[j][i] < pool.Probability(i, thetas[j]) ? 1 : 0);
            }
            persons[j] = answers;
        }
        return new ResponseMatrix(pool.Count, persons);
    }
}
