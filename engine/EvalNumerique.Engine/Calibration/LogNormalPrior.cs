namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// A log-normal prior on the slope a: ln a ~ N(<paramref name="MeanLog"/>, <paramref name="SdLog"/>²).
/// log p(a) = −(ln a − μ)² / (2σ²) − ln a + constant.
/// </summary>
public readonly record struct LogNormalPrior(double MeanLog, double SdLog)
{
    /// <summary>ln a ~ N(0, 0.5²): centred on a = 1, 95 % of its mass in [0.38, 2.66] — BILOG-MG's default slope prior (<c>SPRIOR</c>; Zimowski, Muraki, Mislevy &amp; Bock, 2003).</summary>
    public static LogNormalPrior Default => new(0, 0.5);

    /// <summary>log p(a) up to a constant.</summary>
    public double LogDensity(double a)
    {
        double z = (Math.Log(a) - MeanLog) / SdLog;
        return -0.5 * z * z - Math.Log(a);
    }

    /// <summary>d log p / da = −(ln a − μ) / (σ²·a) − 1/a.</summary>
    public double Gradient(double a) => -(Math.Log(a) - MeanLog) / (SdLog * SdLog * a) - 1 / a;

    /// <summary>The curvature used in the scoring step: 1 / (σ²·a²), the information of the quadratic part (always &gt; 0).</summary>
    public double Curvature(double a) => 1 / (SdLog * SdLog * a * a);

    /// <summary>Why the prior is invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        !double.IsFinite(MeanLog) ? "the slope prior's mean of ln a must be a finite number"
        : !double.IsFinite(SdLog) || SdLog <= 0 ? "the slope prior's sd of ln a must be a finite number > 0"
        : null;
}
