namespace EvalNumerique.Engine.ItemQuality;

/// <summary>What the Mantel–Haenszel strata match persons on.</summary>
public enum DifMatching
{
    /// <summary>The sum score when every person answered every item, θ̂ bands otherwise.</summary>
    Auto,

    /// <summary>
    /// The number-correct score over all items, the studied item included (Holland &amp; Thayer, 1988):
    /// only meaningful when every person took the same items.
    /// </summary>
    SumScore,

    /// <summary>
    /// Bands of the θ estimate: on adaptive data each person took different items, so the sum score
    /// is meaningless and θ̂ (on the common scale of the calibrated bank) is the matching variable
    /// (Zwick, Thayer &amp; Wingersky, 1994, matched adaptive-test examinees on a function of θ̂ in the same way).
    /// θ̂ comes from all of the person's answers, the studied item included, as the sum score does.
    /// Bands are ⌊θ̂ / <see cref="ItemQualityOptions.ThetaBandWidth"/>⌋, merged when thin (<see cref="MatchingStrata"/>).
    /// </summary>
    ThetaBands,
}
