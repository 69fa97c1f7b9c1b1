namespace EvalNumerique.Engine.Stopping;

/// <summary>
/// Classification against a cut score θc with a confidence level (e.g. 0.95): the test may stop
/// once θ̂ ± z·SE excludes θc, z being the two-sided normal quantile of the level
/// (the confidence-interval rule of Kingsbury &amp; Weiss, 1983; Eggen &amp; Straetmans, 2000).
/// Used for "needs accompaniment / autonomous".
/// </summary>
public sealed record CutScore(double Theta, double Confidence = 0.95)
{
    /// <summary>The two-sided quantile z = Φ⁻¹(1 − (1 − confidence)/2).</summary>
    public double Z => NormalQuantile.Inverse(1 - (1 - Confidence) / 2);

    /// <summary>Whether the estimate is decided: its interval lies wholly above or below θc.</summary>
    public bool IsDecided(double theta, double se) => Math.Abs(theta - Theta) > Z * se;

    /// <summary>Why the cut is invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        !double.IsFinite(Theta) ? "the cut score must be a finite number"
        : !(Confidence > 0 && Confidence < 1) ? "the confidence level must be between 0 and 1"
        : null;
}
