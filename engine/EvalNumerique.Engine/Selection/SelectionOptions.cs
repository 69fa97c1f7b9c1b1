namespace EvalNumerique.Engine.Selection;

/// <summary>Item selection settings. Defaults: plain maximum information, no content targets.</summary>
public sealed record SelectionOptions
{
    /// <summary>The exposure-control method.</summary>
    public ExposureControl Exposure { get; init; } = ExposureControl.None;

    /// <summary>k of the randomesque method; 5 is the value studied by Kingsbury &amp; Zara (1989).</summary>
    public int RandomesqueSize { get; init; } = 5;

    /// <summary>Acceleration of the progressive method (catR's <c>AP</c>, default 1: a linear fade).</summary>
    public double ProgressiveAcceleration { get; init; } = 1;

    /// <summary>
    /// Target share of the test per content domain (Kingsbury &amp; Zara's constrained CAT), e.g.
    /// {"safety": 0.3, "device": 0.2, …}; normalised to sum 1. Null: no content balancing.
    /// </summary>
    public IReadOnlyDictionary<string, double>? ContentTargets { get; init; }

    /// <summary>Why the options are invalid, or <c>null</c>.</summary>
    public string? Problem()
    {
        if (RandomesqueSize < 1) return "the randomesque size must be ≥ 1";
        if (!double.IsFinite(ProgressiveAcceleration) || ProgressiveAcceleration < 0) return "the progressive acceleration must be ≥ 0";
        if (ContentTargets is { } targets && (targets.Values.Any(v => !double.IsFinite(v) || v < 0) || targets.Values.Sum() <= 0))
            return "content targets must be non-negative and not all zero";
        return null;
    }
}
