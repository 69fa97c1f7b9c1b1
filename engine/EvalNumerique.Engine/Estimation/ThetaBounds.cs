namespace EvalNumerique.Engine.Estimation;

/// <summary>The interval in which MLE, WLE and MAP search for θ.</summary>
public readonly record struct ThetaBounds(double Min, double Max)
{
    /// <summary>Why the bounds are invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        !double.IsFinite(Min) || !double.IsFinite(Max) || Min >= Max ? "the bounds min must be smaller than max"
        : Math.Abs(Min) > Limit || Math.Abs(Max) > Limit ? $"the bounds must lie within ±{Limit}"
        : null;

    /// <summary>No ability scale goes anywhere near this; it keeps Max − Min finite.</summary>
    public const double Limit = 1e6;
}
