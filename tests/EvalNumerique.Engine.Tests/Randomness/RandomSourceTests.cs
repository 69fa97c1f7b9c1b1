using EvalNumerique.Engine.Randomness;

namespace EvalNumerique.Engine.Tests.Randomness;

public sealed class RandomSourceTests
{
    [Fact]
    public void Xoshiro256_starstar_matches_the_reference_sequence()
    {
        // Reference implementation (Blackman & Vigna, xoshiro256starstar.c) from state {1, 2, 3, 4}:
        // first outputs 11520, 0, 1509978240, 1215971899390074240.
        var random = RandomSource.FromState([1, 2, 3, 4]);
        Assert.Equal(11520UL, random.NextUInt64());
        Assert.Equal(0UL, random.NextUInt64());
        Assert.Equal(1509978240UL, random.NextUInt64());
        Assert.Equal(1215971899390074240UL, random.NextUInt64());
    }

    [Fact]
    public void Restoring_the_state_continues_the_same_sequence()
    {
        var random = new RandomSource(77);
        random.NextDouble();
        var copy = RandomSource.FromState(random.State);
        Assert.Equal(random.NextUInt64(), copy.NextUInt64());
    }

    [Fact]
    public void Uniform_draws_have_the_moments_of_u_0_1()
    {
        var random = new RandomSource(2024);
        var draws = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToArray();
        Assert.All(draws, u => Assert.InRange(u, 0, 1 - 1e-17));
        Assert.Equal(0.5, draws.Average(), 0.005);
        Assert.Equal(1.0 / 12, draws.Average(u => (u - 0.5) * (u - 0.5)), 0.002);
    }

    [Fact]
    public void Normal_draws_have_mean_0_and_sd_1()
    {
        var random = new RandomSource(7);
        var draws = Enumerable.Range(0, 100_000).Select(_ => random.NextStandardNormal()).ToArray();
        Assert.Equal(0, draws.Average(), 0.02);
        Assert.Equal(1, Math.Sqrt(draws.Average(x => x * x)), 0.02);
    }
}
