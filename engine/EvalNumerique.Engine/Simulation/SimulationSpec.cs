using EvalNumerique.Engine.Sessions;

namespace EvalNumerique.Engine.Simulation;

/// <summary>
/// What to simulate: N examinees with given or drawn true θ, each taking an adaptive test with
/// <see cref="Options"/>. Answers are drawn from the seed, or replayed from
/// <see cref="Uniforms"/>: examinee j answers item k correctly iff uniforms[j][k] &lt; Pₖ(θⱼ)
/// (one number per bank item, in bank order) — the convention that lets another CAT library
/// run the very same examinees.
/// </summary>
public sealed record SimulationSpec
{
    /// <summary>Number of examinees; ignored when <see cref="TrueThetas"/> is given.</summary>
    public int Count { get; init; }

    /// <summary>True abilities; null to draw <see cref="Count"/> of them from N(0, 1) with the seed.</summary>
    public IReadOnlyList<double>? TrueThetas { get; init; }

    /// <summary>Pre-drawn uniforms, one array per examinee with one number per bank item; null to draw answers from the seed.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? Uniforms { get; init; }

    /// <summary>The adaptive test each examinee takes.</summary>
    public CatOptions Options { get; init; } = CatOptions.Default;

    /// <summary>The seed of every random draw (true θ, answers, exposure control).</summary>
    public ulong Seed { get; init; }
}
