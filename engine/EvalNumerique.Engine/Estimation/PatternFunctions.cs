using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// Sums over a response pattern at one θ: log-likelihood, score dlogL/dθ, test information
/// I = Σ P′²/(PQ), and Warm's J = Σ P′·P″/(PQ).
/// </summary>
public static class PatternFunctions
{
    /// <summary>log L(θ) = Σ uᵢ log Pᵢ + (1 − uᵢ) log Qᵢ.</summary>
    public static double LogLikelihood(ItemPool pool, ReadOnlySpan<Response> responses, double theta)
    {
        ArgumentNullException.ThrowIfNull(pool);
        double sum = 0;
        foreach (var r in responses) sum += Point(pool, r.Item, theta).LogLikelihood(r.IsCorrect);
        return sum;
    }

    /// <summary>dlogL/dθ = Σ (uᵢ − Pᵢ)·Pᵢ′ / (Pᵢ·Qᵢ).</summary>
    public static double Score(ItemPool pool, ReadOnlySpan<Response> responses, double theta)
    {
        ArgumentNullException.ThrowIfNull(pool);
        double sum = 0;
        foreach (var r in responses) sum += Point(pool, r.Item, theta).Score(r.IsCorrect);
        return sum;
    }

    /// <summary>Test information I(θ) = Σ Iᵢ(θ) over the answered items.</summary>
    public static double Information(ItemPool pool, ReadOnlySpan<Response> responses, double theta)
    {
        ArgumentNullException.ThrowIfNull(pool);
        double sum = 0;
        foreach (var r in responses) sum += pool.Information(r.Item, theta);
        return sum;
    }

    /// <summary>Warm's (1989) J(θ) = Σ Pᵢ′·Pᵢ″ / (Pᵢ·Qᵢ).</summary>
    public static double WarmJ(ItemPool pool, ReadOnlySpan<Response> responses, double theta)
    {
        ArgumentNullException.ThrowIfNull(pool);
        double sum = 0;
        foreach (var r in responses)
        {
            var point = Point(pool, r.Item, theta);
            double pq = point.P * point.Q;
            if (pq > 0) sum += point.FirstDerivative * point.SecondDerivative / pq;
        }
        return sum;
    }

    private static ResponsePoint Point(ItemPool pool, int item, double theta) =>
        ResponseModel.Evaluate(pool.A[item], pool.B[item], pool.C[item], pool.D[item], pool.Scaling, theta);
}
