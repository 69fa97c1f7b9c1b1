using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.ItemQuality;

/// <summary>What item-quality analysis reads: the bank, the answers, and optionally θ estimates, groupings and the number of checks.</summary>
/// <param name="Pool">The item parameters; item indices of <paramref name="Responses"/> refer to it.</param>
/// <param name="Responses">The scored answers, sparse.</param>
public sealed record ItemQualityInput(ItemPool Pool, ResponseSet Responses)
{
    /// <summary>One θ̂ per person; null to estimate them from the pool with <see cref="ItemQualityOptions.Estimation"/> (EAP by default).</summary>
    public IReadOnlyList<double>? Thetas { get; init; }

    /// <summary>The groupings to analyse for DIF (e.g. age band, French first language, structure type).</summary>
    public IReadOnlyList<DifGrouping> Groupings { get; init; } = [];

    /// <summary>Number of checks administered, the denominator of exposure rates; null for the number of persons.</summary>
    public int? Checks { get; init; }
}
