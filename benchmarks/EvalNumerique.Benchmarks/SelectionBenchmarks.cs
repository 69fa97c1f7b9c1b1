using BenchmarkDotNet.Attributes;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Selection;

namespace EvalNumerique.Benchmarks;

/// <summary>The selection part of a step alone: maximum Fisher information over the bank, ten items already given.</summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class SelectionBenchmarks
{
    private ItemPool _pool = null!;
    private bool[] _blocked = null!;

    [Params(300, 3_000, 30_000)]
    public int BankSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = BenchmarkBanks.Random3Pl(BankSize);
        _blocked = new bool[BankSize];
        for (int i = 0; i < 10; i++) _blocked[i] = true;
    }

    [Benchmark(Description = "next item (MFI) only")]
    public int Select() => MaximumInformation.Select(_pool, 0.3, _blocked);
}
