namespace EvalNumerique.Engine.Models;

/// <summary>
/// Parameters of a dichotomous four-parameter logistic (4PL) item, in the notation of the IRT
/// literature: <c>a</c> discrimination, <c>b</c> difficulty, <c>c</c> lower asymptote
/// (pseudo-guessing), <c>d</c> upper asymptote (slipping). 1PL/2PL/3PL are the special cases
/// a fixed, c = 0, d = 1 (Barton &amp; Lord, 1981; Lord, 1980).
/// </summary>
/// <param name="A">Discrimination, &gt; 0.</param>
/// <param name="B">Difficulty (location on the θ scale).</param>
/// <param name="C">Lower asymptote, 0 ≤ c &lt; d.</param>
/// <param name="D">Upper asymptote, c &lt; d ≤ 1.</param>
public readonly record struct ItemParameters(double A, double B, double C = 0, double D = 1)
{
    /// <summary>
    /// P(θ) = c + (d − c) / (1 + e^(−D·a·(θ − b))), with D the scaling constant
    /// (1.0 for the logistic metric, 1.702 to approximate the normal ogive).
    /// </summary>
    public double Probability(double theta, double scaling = ResponseModel.DefaultScaling) =>
        ResponseModel.Probability(A, B, C, D, scaling, theta);

    /// <summary>Exact Fisher information of the 4PL item at θ (see <see cref="ResponseModel.Information"/>).</summary>
    public double Information(double theta, double scaling = ResponseModel.DefaultScaling) =>
        ResponseModel.Information(A, B, C, D, scaling, theta);

    /// <summary>Why the parameters are not a valid 4PL item, or <c>null</c> when they are.</summary>
    public string? Problem()
    {
        if (!double.IsFinite(A) || A <= 0) return "a must be a finite number > 0";
        if (!double.IsFinite(B)) return "b must be a finite number";
        if (!double.IsFinite(C) || C < 0) return "c must be a number ≥ 0";
        if (!double.IsFinite(D) || D > 1) return "d must be a number ≤ 1";
        if (C >= D) return "c must be smaller than d";
        return null;
    }
}
