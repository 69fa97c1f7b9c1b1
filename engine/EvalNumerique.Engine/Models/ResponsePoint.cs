namespace EvalNumerique.Engine.Models;

/// <summary>The response function of one item at one θ: P, Q = 1 − P, and the derivatives P′ and P″.</summary>
public readonly record struct ResponsePoint(double P, double Q, double FirstDerivative, double SecondDerivative)
{
    /// <summary>Fisher information P′² / (P·Q); 0 where P·Q underflows.</summary>
    public double Information
    {
        get
        {
            double pq = P * Q;
            return pq > 0 ? FirstDerivative * FirstDerivative / pq : 0;
        }
    }

    /// <summary>Log-likelihood of one answer: log P if correct, log Q if not.</summary>
    public double LogLikelihood(bool correct) => Math.Log(correct ? P : Q);

    /// <summary>
    /// Contribution of one answer to the score dlogL/dθ = (u − P)·P′ / (P·Q), written as P′/P for a
    /// correct answer and −P′/Q otherwise so that no tail cancels.
    /// </summary>
    public double Score(bool correct)
    {
        if (correct) return P > 0 ? FirstDerivative / P : 0;
        return Q > 0 ? -FirstDerivative / Q : 0;
    }
}
