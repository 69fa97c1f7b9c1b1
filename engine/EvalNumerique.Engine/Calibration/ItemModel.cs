namespace EvalNumerique.Engine.Calibration;

/// <summary>The response model an item is calibrated under.</summary>
public enum ItemModel
{
    /// <summary>
    /// One-parameter logistic: P(θ) = 1 / (1 + e^(−D·a·(θ − b))) with one slope a shared by every
    /// free 1PL item — estimated (Bock &amp; Aitkin, 1981, on LSAT-6; ltm's <c>rasch()</c>) or fixed by
    /// <see cref="CalibrationOptions.OnePlSlope"/> (a = 1 is the Rasch model with N(0, 1) ability).
    /// </summary>
    OnePL,

    /// <summary>Two-parameter logistic: P(θ) = 1 / (1 + e^(−D·a·(θ − b))) (Birnbaum, 1968).</summary>
    TwoPL,

    /// <summary>Three-parameter logistic: P(θ) = c + (1 − c) / (1 + e^(−D·a·(θ − b))) (Birnbaum, 1968).</summary>
    ThreePL,
}
