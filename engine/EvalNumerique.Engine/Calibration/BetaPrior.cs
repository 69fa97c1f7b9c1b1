namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// A Beta(α, β) prior on the lower asymptote c: log p(c) = (α − 1)·ln c + (β − 1)·ln(1 − c) + constant.
/// </summary>
public readonly record struct BetaPrior(double Alpha, double Beta)
{
    /// <summary>
    /// Beta(5, 17): mode 0.2, mean 5/22 ≈ 0.23 — BILOG-MG's default guessing prior (<c>GPRIOR</c>
    /// α = 20p + 1, β = 20(1 − p) + 1 with p = 1/5, i.e. five answer options; Zimowski, Muraki,
    /// Mislevy &amp; Bock, 2003).
    /// </summary>
    public static BetaPrior Default => new(5, 17);

    /// <summary>The mode (α − 1) / (α + β − 2), the default starting value of c.</summary>
    public double Mode => Alpha > 1 && Beta > 1 ? (Alpha - 1) / (Alpha + Beta - 2) : Alpha / (Alpha + Beta);

    /// <summary>log p(c) up to a constant.</summary>
    public double LogDensity(double c) => (Alpha - 1) * Math.Log(c) + (Beta - 1) * Math.Log(1 - c);

    /// <summary>d log p / dc = (α − 1)/c − (β − 1)/(1 − c).</summary>
    public double Gradient(double c) => (Alpha - 1) / c - (Beta - 1) / (1 - c);

    /// <summary>−d² log p / dc² = (α − 1)/c² + (β − 1)/(1 − c)², floored at 0.</summary>
    public double Curvature(double c) => Math.Max(0, (Alpha - 1) / (c * c) + (Beta - 1) / ((1 - c) * (1 - c)));

    /// <summary>Why the prior is invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        !double.IsFinite(Alpha) || !double.IsFinite(Beta) || Alpha < 1 || Beta < 1
            ? "the guessing prior needs α ≥ 1 and β ≥ 1 (a density finite on (0, 1))"
            : null;
}
