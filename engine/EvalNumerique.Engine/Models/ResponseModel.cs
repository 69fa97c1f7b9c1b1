namespace EvalNumerique.Engine.Models;

/// <summary>
/// The dichotomous 4PL response function and its derivatives, as plain functions of the item
/// parameters so that the hot path can call them on structure-of-arrays data.
/// <para>
/// Notation: ψ = 1 / (1 + e^(−D·a·(θ − b))) and P = c + (d − c)·ψ, Q = 1 − P.
/// P′ = D·a·(P − c)(d − P)/(d − c) and P″ = D·a·P′·(d + c − 2P)/(d − c).
/// </para>
/// </summary>
public static class ResponseModel
{
    /// <summary>Default scaling constant D = 1.0 (logistic metric), as in catR and jsCAT.</summary>
    public const double DefaultScaling = 1.0;

    /// <summary>Scaling constant that makes the logistic curve approximate the normal ogive (Haley, 1952).</summary>
    public const double NormalOgiveScaling = 1.702;

    /// <summary>P(θ) = c + (d − c) / (1 + e^(−D·a·(θ − b))).</summary>
    public static double Probability(double a, double b, double c, double d, double scaling, double theta) =>
        c + (d - c) / (1 + Math.Exp(-scaling * a * (theta - b)));

    /// <summary>
    /// Exact Fisher information of a 4PL item (Magis, 2013):
    /// I(θ) = P′² / (P·Q) = D²a²·(P − c)²·(d − P)² / ((d − c)²·P·Q).
    /// </summary>
    public static double Information(double a, double b, double c, double d, double scaling, double theta)
    {
        var point = Evaluate(a, b, c, d, scaling, theta);
        return point.Information;
    }

    /// <summary>
    /// P, Q, P′ and P″ at θ, computed from ψ and 1 − ψ separately (Q = (1 − d) + (d − c)(1 − ψ)) so
    /// that neither tail loses precision to cancellation.
    /// </summary>
    public static ResponsePoint Evaluate(double a, double b, double c, double d, double scaling, double theta)
    {
        double slope = scaling * a;
        double z = slope * (theta - b);
        double e = Math.Exp(-Math.Abs(z));
        double inverse = 1 / (1 + e);
        double psi = z >= 0 ? inverse : e * inverse;
        double psiComplement = z >= 0 ? e * inverse : inverse;
        double range = d - c;
        double p = c + range * psi;
        double q = (1 - d) + range * psiComplement;
        double first = slope * range * (psi * psiComplement); // ψ(1 − ψ) first: mirrored items get bit-identical information
        double second = slope * first * (psiComplement - psi);
        return new ResponsePoint(p, q, first, second);
    }
}
