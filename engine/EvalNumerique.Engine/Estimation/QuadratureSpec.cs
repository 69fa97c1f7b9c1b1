namespace EvalNumerique.Engine.Estimation;

/// <summary><paramref name="Points"/> equally spaced nodes from <paramref name="Min"/> to <paramref name="Max"/>, both included.</summary>
public readonly record struct QuadratureSpec(int Points, double Min, double Max)
{
    /// <summary>Why the grid is invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        Points < 2 ? "the quadrature needs at least 2 points"
        : !double.IsFinite(Min) || !double.IsFinite(Max) || Min >= Max ? "the quadrature min must be smaller than its max"
        : null;

    /// <summary>The k-th node, Min + k·(Max − Min)/(Points − 1).</summary>
    public double Node(int k) => Min + k * (Max - Min) / (Points - 1);
}
