namespace EvalNumerique.Engine.Stopping;

/// <summary>Why a session stopped.</summary>
public enum StopReason
{
    /// <summary>The maximum length was reached.</summary>
    MaxLength,

    /// <summary>The standard error reached its target (after the minimum length and per-domain minimums).</summary>
    SeTarget,

    /// <summary>The confidence interval no longer contains the cut score: the classification is decided.</summary>
    Classified,

    /// <summary>No item is left that may be given.</summary>
    BankExhausted,
}
