namespace EvalNumerique.Engine.Randomness;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna, 2018), seeded through SplitMix64. Chosen over
/// <see cref="Random"/> because its whole state is four numbers that a session can store and
/// restore, so a resumed check draws exactly what the uninterrupted one would have drawn.
/// </summary>
public sealed class RandomSource
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator seeded from one number.</summary>
    public RandomSource(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    private RandomSource(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    /// <summary>Restores a generator from <see cref="State"/>.</summary>
    public static RandomSource FromState(IReadOnlyList<ulong> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Count != 4 || (state[0] | state[1] | state[2] | state[3]) == 0)
            throw new ArgumentException("A xoshiro256** state is four numbers, not all zero.", nameof(state));
        return new RandomSource(state[0], state[1], state[2], state[3]);
    }

    /// <summary>The four state words, for serialisation.</summary>
    public ulong[] State => [_s0, _s1, _s2, _s3];

    /// <summary>A seed for an independent stream, e.g. one per simulated examinee.</summary>
    public static ulong Derive(ulong seed, ulong stream)
    {
        ulong x = seed ^ (stream * 0x9E3779B97F4A7C15UL);
        return SplitMix64(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, count).</summary>
    public int NextInt(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)(NextDouble() * count);
    }

    /// <summary>A standard normal draw (Box–Muller; one of the pair is discarded to keep the state simple).</summary>
    public double NextStandardNormal()
    {
        double u1 = 1 - NextDouble(); // (0, 1], so the logarithm is finite
        double u2 = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
