namespace EvalNumerique.Engine.Stopping;

/// <summary>
/// When an adaptive test ends. It always ends at <see cref="MaxLength"/> or when the bank is
/// exhausted; before that, once <see cref="MinLength"/> items are given and every domain has
/// its <see cref="MinPerDomain"/> items, it ends when the SE reaches <see cref="SeTarget"/> or
/// when the <see cref="Classification"/> is decided. With neither, the test is fixed-length.
/// Defaults: 20 items, no SE target (the fixed-length design of the engine's contract).
/// </summary>
public sealed record StoppingRule
{
    /// <summary>Never stop (except when the bank is exhausted) before this many items.</summary>
    public int MinLength { get; init; } = 1;

    /// <summary>Always stop after this many items.</summary>
    public int MaxLength { get; init; } = 20;

    /// <summary>Stop once SE ≤ this value; null for none.</summary>
    public double? SeTarget { get; init; }

    /// <summary>Minimum number of items per content domain before an early stop; null for none.</summary>
    public IReadOnlyDictionary<string, int>? MinPerDomain { get; init; }

    /// <summary>Stop once the classification against the cut is decided; null for none.</summary>
    public CutScore? Classification { get; init; }

    /// <summary>Why the rule is invalid, or <c>null</c>.</summary>
    public string? Problem()
    {
        if (MaxLength < 1) return "the maximum length must be ≥ 1";
        if (MinLength < 0 || MinLength > MaxLength) return "the minimum length must be between 0 and the maximum length";
        if (SeTarget is { } se && !(se > 0)) return "the SE target must be > 0";
        if (MinPerDomain is { } minimums && minimums.Values.Any(v => v < 0)) return "per-domain minimums must be ≥ 0";
        return Classification?.Problem();
    }

    /// <summary>
    /// Whether the test stops now, and why; null to go on.
    /// </summary>
    /// <param name="length">Items given so far.</param>
    /// <param name="se">Standard error of the current estimate.</param>
    /// <param name="theta">The current estimate.</param>
    /// <param name="domainMinimumsMet">Whether every domain has its minimum number of items.</param>
    /// <param name="itemsLeft">Whether any item may still be given.</param>
    public StopReason? Check(int length, double theta, double se, bool domainMinimumsMet, bool itemsLeft)
    {
        if (length >= MaxLength) return StopReason.MaxLength;
        if (!itemsLeft) return StopReason.BankExhausted;
        if (length < MinLength || length == 0 || !domainMinimumsMet) return null;
        if (SeTarget is { } target && se <= target) return StopReason.SeTarget;
        if (Classification is { } cut && cut.IsDecided(theta, se)) return StopReason.Classified;
        return null;
    }
}
