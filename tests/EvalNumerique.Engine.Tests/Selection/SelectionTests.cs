using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Selection;

public sealed class SelectionTests
{
    private static readonly ItemPool Pool = Banks.Random3Pl(300, 11, "device", "safety", "procedures");

    [Fact]
    public void Maximum_information_picks_the_item_a_full_scan_finds_best()
    {
        var blocked = new bool[Pool.Count];
        foreach (double theta in new[] { -2.5, -0.3, 0, 1.7 })
        {
            int chosen = MaximumInformation.Select(Pool, theta, blocked);
            double best = Enumerable.Range(0, Pool.Count).Max(i => Pool.Information(i, theta));
            Assert.Equal(best, Pool.Information(chosen, theta));
        }
    }

    [Fact]
    public void Ties_go_to_the_item_listed_first()
    {
        var twins = new ItemPool([new PoolItem("late", new ItemParameters(1, 2)), new PoolItem("first", new ItemParameters(1, 0)), new PoolItem("second", new ItemParameters(1, 0))]);
        Assert.Equal(1, MaximumInformation.Select(twins, 0, new bool[3]));
    }

    [Fact]
    public void Blocked_items_and_other_domains_are_never_chosen()
    {
        var blocked = new bool[Pool.Count];
        int first = MaximumInformation.Select(Pool, 0, blocked);
        blocked[first] = true;
        Assert.NotEqual(first, MaximumInformation.Select(Pool, 0, blocked));
        int safety = Pool.Domains.ToList().IndexOf("safety");
        int inSafety = MaximumInformation.Select(Pool, 0, blocked, safety);
        Assert.Equal(safety, Pool.DomainOf(inSafety));
        Assert.Equal(-1, MaximumInformation.Select(Pool, 0, Enumerable.Repeat(true, Pool.Count).ToArray()));
    }

    [Fact]
    public void Randomesque_chooses_among_the_k_most_informative_and_repeats_with_its_seed()
    {
        var blocked = new bool[Pool.Count];
        var topFive = Enumerable.Range(0, Pool.Count).OrderByDescending(i => Pool.Information(i, 0.4)).Take(5).ToHashSet();
        var chosen = new HashSet<int>();
        var random = new RandomSource(42);
        for (int draw = 0; draw < 200; draw++) chosen.Add(Randomesque.Select(Pool, 0.4, blocked, -1, 5, random));
        Assert.Subset(topFive, chosen);
        Assert.Equal(5, chosen.Count); // 200 draws among 5 reach all of them

        int a = Randomesque.Select(Pool, 0.4, blocked, -1, 5, new RandomSource(7));
        int b = Randomesque.Select(Pool, 0.4, blocked, -1, 5, new RandomSource(7));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Randomesque_of_size_one_is_maximum_information()
    {
        var blocked = new bool[Pool.Count];
        Assert.Equal(MaximumInformation.Select(Pool, 1.1, blocked), Randomesque.Select(Pool, 1.1, blocked, -1, 1, new RandomSource(1)));
    }

    [Fact]
    public void Progressive_weight_moves_from_random_to_information_as_the_test_goes_on()
    {
        Assert.Equal(0, ProgressiveExposure.Progress(0, 20, 1));
        Assert.Equal(1, ProgressiveExposure.Progress(19, 20, 1));
        // catR's formula with AP = 1: s = Σ_{t≤q} t / Σ_{t≤Q−1} t = (5·6/2)/(19·20/2) = 15/190.
        Assert.Equal(15.0 / 190, ProgressiveExposure.Progress(5, 20, 1), 12);

        var blocked = new bool[Pool.Count];
        int last = ProgressiveExposure.Select(Pool, 0.2, blocked, -1, 19, 20, 1, new RandomSource(3));
        Assert.Equal(MaximumInformation.Select(Pool, 0.2, blocked), last);
        var firsts = Enumerable.Range(0, 50).Select(s => ProgressiveExposure.Select(Pool, 0.2, blocked, -1, 0, 20, 1, new RandomSource((ulong)s))).ToHashSet();
        Assert.True(firsts.Count > 30, $"the first item should be nearly random, got {firsts.Count} distinct in 50");
    }

    [Fact]
    public void Content_balance_serves_the_domain_furthest_behind_its_target()
    {
        double[] targets = [0.5, 0.25, 0.25];
        int[] available = [10, 10, 10];
        Assert.Equal(0, ContentBalance.ChooseDomain(targets, [0, 0, 0], available));
        Assert.Equal(1, ContentBalance.ChooseDomain(targets, [2, 0, 1], available));
        Assert.Equal(2, ContentBalance.ChooseDomain(targets, [2, 0, 1], [10, 0, 10]));
        Assert.Equal(-1, ContentBalance.ChooseDomain([0, 0, 0], [1, 1, 1], available));
    }
}
