using BenchmarkDotNet.Attributes;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Selection;

namespace EvalNumerique.Benchmarks;

/// <summary>
/// One CAT step on the hot path: update the EAP posterior with an answer (O(grid)) and choose
/// the next item by maximum information (one pass over the bank). Allocation-free by design;
/// MemoryDiagnoser proves it.
/// </summary>
[MemoryDiagnoser]
public class CatStepBenchmarks
{
    private ItemPool _pool = null!;
    private Posterior _posterior = null!;
    private bool[] _blocked = null!;
    private int _item;

    [Params(300, 3000)]
    public int BankSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new RandomSource(1);
        _pool = new ItemPool([.. Enumerable.Range(0, BankSize).Select(i => new PoolItem(
            $"q{i}", new ItemParameters(0.8 + 1.2 * random.NextDouble(), -3 + 6 * random.NextDouble(), 0.2 * random.NextDouble())))]);
        _posterior = new Posterior(new QuadratureSpec(61, -6, 6), NormalPrior.Standard);
        _blocked = new bool[BankSize];
        // A test ten items in: the posterior has some shape and ten items are blocked.
        for (int i = 0; i < 10; i++)
        {
            _blocked[i] = true;
            _posterior.Update(_pool, new Response(i, i % 2));
        }
        _item = MaximumInformation.Select(_pool, _posterior.Estimate().Theta, _blocked);
    }

    [Benchmark(Description = "update EAP + select next (MFI)")]
    public int Step()
    {
        _posterior.Update(_pool, new Response(_item, 1));
        var estimate = _posterior.Estimate();
        // The posterior keeps sharpening across iterations; the cost per step does not depend on it.
        return MaximumInformation.Select(_pool, estimate.Theta, _blocked);
    }

    [Benchmark(Description = "select next (MFI) only")]
    public int SelectOnly() => MaximumInformation.Select(_pool, 0.3, _blocked);

    [Benchmark(Description = "EAP update only")]
    public double UpdateOnly()
    {
        _posterior.Update(_pool, new Response(_item, 1));
        return _posterior.Estimate().Theta;
    }
}
