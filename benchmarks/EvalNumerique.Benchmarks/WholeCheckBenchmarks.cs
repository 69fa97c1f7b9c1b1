using BenchmarkDotNet.Attributes;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Sessions;

namespace EvalNumerique.Benchmarks;

/// <summary>
/// A whole simulated check: a new session, then 20 times next item + answer (fixed length 20, the
/// engine's default), answers drawn from pre-drawn uniforms. Includes creating the session.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class WholeCheckBenchmarks
{
    private static readonly double[] TrueThetas = [-2, -1.3, -0.7, -0.2, 0.2, 0.7, 1.3, 2];

    private ItemPool _pool = null!;
    private CatOptions _options = null!;
    private double[] _uniforms = null!;
    private int _next;

    [Params(300, 3_000, 30_000)]
    public int BankSize { get; set; }

    [Params(EstimationMethod.Eap, EstimationMethod.Map, EstimationMethod.Mle)]
    public EstimationMethod Estimator { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = BenchmarkBanks.Random3Pl(BankSize);
        _options = new CatOptions { Estimation = new EstimationOptions { Method = Estimator } };
        var random = new RandomSource(3);
        _uniforms = [.. Enumerable.Range(0, BankSize).Select(_ => random.NextDouble())];
    }

    [Benchmark(Description = "whole check, 20 items")]
    public double Check()
    {
        double theta = TrueThetas[_next++ % TrueThetas.Length];
        var session = new CatSession(_pool, _options, seed: 1);
        for (int item = session.NextItem(); item >= 0; item = session.NextItem())
            session.Answer(item, BenchmarkBanks.Score(_pool, item, theta, _uniforms[item]));
        return session.Estimate.Theta;
    }
}
