namespace EvalNumerique.Engine.Estimation;

/// <summary>A normal prior N(mean, sd²) on θ.</summary>
public readonly record struct NormalPrior(double Mean, double Sd)
{
    /// <summary>The standard normal N(0, 1), the default of catR, jsCAT and this engine.</summary>
    public static NormalPrior Standard => new(0, 1);

    /// <summary>Unnormalised density e^(−(θ − mean)² / (2·sd²)).</summary>
    public double Density(double theta)
    {
        double z = (theta - Mean) / Sd;
        return Math.Exp(-0.5 * z * z);
    }

    /// <summary>Log of the unnormalised density, −(θ − mean)² / (2·sd²).</summary>
    public double LogDensity(double theta)
    {
        double z = (theta - Mean) / Sd;
        return -0.5 * z * z;
    }

    /// <summary>Why the prior is invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        !double.IsFinite(Mean) ? "the prior mean must be a finite number"
        : !double.IsFinite(Sd) || Sd <= 0 ? "the prior sd must be a finite number > 0"
        : null;
}
