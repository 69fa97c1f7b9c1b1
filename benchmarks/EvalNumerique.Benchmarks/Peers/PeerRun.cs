using System.Diagnostics;
using System.Text.Json;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Simulation;

namespace EvalNumerique.Benchmarks.Peers;

/// <summary>
/// Our side of the comparison: every simulee takes a fixed-length MFI/EAP check with jsCAT's EAP
/// settings, on one thread (jsCAT runs on one), then once more through <see cref="Simulator.Run"/>
/// on every core. Timed in-process with a Stopwatch around the simulation only — after loading
/// the inputs and after untimed warm-up runs (at least <see cref="WarmUp"/>, so that tiered JIT has
/// optimised the hot methods), so neither process start-up, file parsing nor JIT compilation is
/// counted; the median of the timed runs is reported. Process CPU time is recorded beside the
/// wall time: on a shared machine it is the steadier of the two.
/// </summary>
internal static class PeerRun
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    /// <summary>
    /// jsCAT 5.2.3's EAP (src/cat.ts, src/utils.ts): prior N(0, 1) tabulated by
    /// normal(0, 1, minTheta = −6, maxTheta = 6) at step 0.1 — 121 nodes from −6 to 6 —, θ = the
    /// posterior mean on them, clamped to [−6, 6]; the first item is chosen at θ = 0.
    /// </summary>
    public static CatOptions JsCatEapOptions(int length) => new()
    {
        Estimation = new EstimationOptions
        {
            Method = EstimationMethod.Eap,
            Prior = NormalPrior.Standard,
            Quadrature = new QuadratureSpec(121, -6, 6),
        },
        Stopping = new Engine.Stopping.StoppingRule { MinLength = length, MaxLength = length },
        StartTheta = 0,
    };

    public static int Run(string directory, int length, int repeats)
    {
        var data = PeerData.Load(directory);
        var options = JsCatEapOptions(length);

        var results = RunSequential(data, options);
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < WarmUp;) RunSequential(data, options);
        var sequentialMs = new List<double>();
        var sequentialCpuMs = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            results = RunSequential(data, options);
            sequentialMs.Add(clock.Elapsed.TotalMilliseconds);
            sequentialCpuMs.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }

        var spec = new SimulationSpec { TrueThetas = data.Thetas, Uniforms = data.Uniforms, Options = options };
        var report = Simulator.Run(data.Pool, spec);
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < WarmUp;) Simulator.Run(data.Pool, spec);
        var parallelMs = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            report = Simulator.Run(data.Pool, spec);
            parallelMs.Add(clock.Elapsed.TotalMilliseconds);
        }
        for (int j = 0; j < results.Length; j++)
            if (report.Examinees[j].Theta != results[j].Theta || !report.Examinees[j].Items.SequenceEqual(results[j].Items))
                throw new InvalidOperationException($"Simulator.Run and the sequential loop disagree on simulee {j}.");

        var output = new
        {
            library = "EvalNumerique.Engine",
            runtime = Environment.Version.ToString(),
            processorCount = Environment.ProcessorCount,
            length,
            repeats,
            sequentialMs,
            sequentialCpuMs,
            parallelMs,
            simulees = results,
        };
        File.WriteAllText(Path.Combine(directory, "evalnumerique.json"), JsonSerializer.Serialize(output, Json));
        Console.WriteLine($"EvalNumerique: {results.Length} simulees × {length} items, median {Median(sequentialMs):F1} ms on one thread, {Median(parallelMs):F1} ms with Simulator.Run on {Environment.ProcessorCount} cores");
        return 0;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The loop of Simulator.Run for one simulee, on the calling thread.</summary>
    private static PeerSimulee[] RunSequential(PeerData data, CatOptions options)
    {
        var pool = data.Pool;
        var results = new PeerSimulee[data.Thetas.Length];
        for (int j = 0; j < results.Length; j++)
        {
            var session = new CatSession(pool, options, seed: 1);
            var row = data.Uniforms[j];
            for (int item = session.NextItem(); item >= 0; item = session.NextItem())
                session.Answer(item, row[item] < pool.Probability(item, data.Thetas[j]) ? 1 : 0);
            var answered = session.Responses;
            var items = new string[answered.Count];
            for (int k = 0; k < items.Length; k++) items[k] = pool.Ids[answered[k].Item];
            results[j] = new PeerSimulee(session.Estimate.Theta, session.Estimate.Se, items);
        }
        return results;
    }
}

/// <summary>One simulee's final θ, its posterior SD, and the items given in order.</summary>
internal sealed record PeerSimulee(double Theta, double Se, string[] Items);
