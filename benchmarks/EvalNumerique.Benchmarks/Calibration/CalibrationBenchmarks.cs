using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Benchmarks.Calibration;

/// <summary>
/// Calibration time: <see cref="MmlEm.Calibrate"/> of a 2PL pool from adaptive data (every person
/// takes a 20-item CAT with progressive exposure control on the pool), default options (61 nodes,
/// tolerance 1e-4, standard errors included), by number of persons and items. One operation is a
/// whole calibration, EM cycles to convergence; each takes seconds, so the job is a few monitored
/// runs rather than many short iterations.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class CalibrationBenchmarks
{
    private CalibrationItem[] _items = null!;
    private ResponseMatrix _data = null!;

    [Params(1_000, 5_000, 20_000)]
    public int Persons { get; set; }

    [Params(50, 300)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pool = CalibrationData.TrueItems(Items, ItemModel.TwoPL, seed: 61);
        _data = CalibrationData.Adaptive(pool, Persons, seed: 62);
        _items = CalibrationData.Free(pool, ItemModel.TwoPL);
    }

    [Benchmark(Description = "2PL MML-EM, adaptive data, 20 answers per person")]
    public CalibrationResult Calibrate() => MmlEm.Calibrate(_items, _data);
}
