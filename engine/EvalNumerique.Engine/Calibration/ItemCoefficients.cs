namespace EvalNumerique.Engine.Calibration;

/// <summary>An item in the slope–intercept form used inside the M-step: P = c + (1 − c)/(1 + e^(−D·(a·θ + t))), b = −t/a.</summary>
internal readonly record struct ItemCoefficients(double A, double T, double C)
{
    public double B => -T / A;

    public static ItemCoefficients FromDifficulty(double a, double b, double c) => new(a, -a * b, c);
}
