using BenchmarkDotNet.Attributes;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Simulation;

namespace EvalNumerique.Benchmarks;

/// <summary>
/// Simulation throughput: <see cref="Simulator.Run"/> on 1 000 simulees (θ ~ N(0, 1) from the
/// seed), 300-item bank, fixed length 20, report included. One operation is one simulee, so Op/s
/// reads as simulees per second. Simulator.Run spreads simulees over every core (Parallel.For).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[OperationsPerSecond]
public class SimulationBenchmarks
{
    private const int Simulees = 1_000;

    private ItemPool _pool = null!;
    private SimulationSpec _spec = null!;

    [Params(EstimationMethod.Eap, EstimationMethod.Map, EstimationMethod.Mle)]
    public EstimationMethod Estimator { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = BenchmarkBanks.Random3Pl(300);
        _spec = new SimulationSpec
        {
            Count = Simulees,
            Options = new CatOptions { Estimation = new EstimationOptions { Method = Estimator } },
            Seed = 7,
        };
    }

    [Benchmark(Description = "simulate 1 000, per simulee", OperationsPerInvoke = Simulees)]
    public SimulationReport Simulate() => Simulator.Run(_pool, _spec);
}
