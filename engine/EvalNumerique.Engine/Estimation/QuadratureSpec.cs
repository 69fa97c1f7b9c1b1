namespace EvalNumerique.Engine.Estimation;

/// <summary><paramref name="Points"/> equally spaced nodes from <paramref name="Min"/> to <paramref name="Max"/>, both included.</summary>
public readonly record struct QuadratureSpec(int Points, double Min, double Max)
{
    /// <summary>Why the grid is invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        Points < 2 ? "the quadrature needs at least 2 points"
        : Points > MaxPoints ? $"the quadrature has at most {MaxPoints} points"
        : !double.IsFinite(Min) || !double.IsFinite(Max) || Min >= Max ? "the quadrature min must be smaller than its max"
        : Math.Abs(Min) > ThetaBounds.Limit || Math.Abs(Max) > ThetaBounds.Limit ? $"the quadrature must lie within ±{ThetaBounds.Limit}"
        : null;

    /// <summary>Far more than any precision needs; keeps a typo from allocating gigabytes.</summary>
    public const int MaxPoints = 100_000;

    /// <summary>The k-th node, Min + k·(Max − Min)/(Points − 1).</summary>
    public double Node(int k) => Min + k * (Max - Min) / (Points - 1);
}
