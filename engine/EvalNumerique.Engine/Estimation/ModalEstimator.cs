using System.Runtime.InteropServices;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// MLE, MAP or WLE of a growing response pattern, updated in O(<see cref="ScanSteps"/>) per answer
/// as <see cref="Posterior"/> is for EAP.
/// <para>
/// The estimate maximises an objective on the bounds [min, max]: log L(θ) (MLE), log L(θ) −
/// (θ − μ)²/(2σ²) (MAP), or solves Warm's (1989) equation (WLE). Its estimating equation g(θ) —
/// the score dlogL/dθ, minus (θ − μ)/σ² for MAP, plus J/(2I) for WLE — is kept summed at
/// <see cref="ScanSteps"/> + 1 equally spaced scan nodes; each answer adds its terms once. Every
/// + → − sign change between two nodes brackets a local maximum; it is refined by Newton's method
/// safeguarded by bisection (Press et al., 2007, §9.4) for MLE and MAP, by bisection for WLE. An
/// end of the interval is a candidate when g points out of it. The candidate with the highest
/// objective wins, so a 3PL likelihood with several modes still gives the global maximum on the
/// bounds, and a pattern whose likelihood keeps rising (all correct) gives the bound — the
/// documented, finite answer. The table holds the same sums, in the same order, as evaluating the
/// whole pattern at each node, so the candidates are exactly those of a scan from scratch.
/// </para>
/// </summary>
public sealed class ModalEstimator
{
    /// <summary>160 steps: 0.05 on the default [−4, 4], finer than any two modes of a real bank.</summary>
    public const int ScanSteps = 160;

    /// <summary>A bracket (or a Newton step) narrower than this ends the refinement.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>Newton converges in a handful of steps; this only bounds pathological cases.</summary>
    private const int MaxNewtonSteps = 100;

    private readonly ItemPool _pool;
    private readonly EstimationMethod _method;
    private readonly NormalPrior _prior;
    private readonly double _precision;
    private readonly double[] _nodes = new double[ScanSteps + 1];
    private readonly double[] _score = new double[ScanSteps + 1];
    private readonly double[]? _information;
    private readonly double[]? _warmJ;
    private readonly List<Response> _responses = [];

    /// <summary>An estimator with no answers yet.</summary>
    /// <param name="pool">The bank the answers refer to.</param>
    /// <param name="method"><see cref="EstimationMethod.Mle"/>, <see cref="EstimationMethod.Map"/> or <see cref="EstimationMethod.Wle"/>.</param>
    /// <param name="bounds">Where θ is searched.</param>
    /// <param name="prior">The prior of MAP (ignored by MLE and WLE).</param>
    public ModalEstimator(ItemPool pool, EstimationMethod method, ThetaBounds bounds, NormalPrior prior)
    {
        ArgumentNullException.ThrowIfNull(pool);
        if (method is not (EstimationMethod.Mle or EstimationMethod.Map or EstimationMethod.Wle))
            throw new ArgumentOutOfRangeException(nameof(method), method, "A modal estimator does MLE, MAP or WLE.");
        if (bounds.Problem() is { } problem) throw new ArgumentException(problem, nameof(bounds));
        if (method == EstimationMethod.Map && prior.Problem() is { } priorProblem) throw new ArgumentException(priorProblem, nameof(prior));
        _pool = pool;
        _method = method;
        _prior = prior;
        _precision = 1 / (prior.Sd * prior.Sd);
        double step = (bounds.Max - bounds.Min) / ScanSteps;
        for (int k = 0; k < ScanSteps; k++) _nodes[k] = bounds.Min + k * step;
        _nodes[ScanSteps] = bounds.Max;
        if (method == EstimationMethod.Wle)
        {
            _information = new double[ScanSteps + 1];
            _warmJ = new double[ScanSteps + 1];
        }
    }

    /// <summary>The answers given so far, in order.</summary>
    public ReadOnlySpan<Response> Responses => CollectionsMarshal.AsSpan(_responses);

    /// <summary>Forgets every answer.</summary>
    public void Reset()
    {
        _responses.Clear();
        Array.Clear(_score);
        if (_information is not null) Array.Clear(_information);
        if (_warmJ is not null) Array.Clear(_warmJ);
    }

    /// <summary>Adds one answer to the tabulated estimating equation: O(<see cref="ScanSteps"/>).</summary>
    public void Update(Response response)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(response.Item);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(response.Item, _pool.Count);
        _responses.Add(response);
        int i = response.Item;
        double a = _pool.A[i], b = _pool.B[i], c = _pool.C[i], d = _pool.D[i], scaling = _pool.Scaling;
        bool correct = response.IsCorrect;
        for (int k = 0; k < _nodes.Length; k++)
        {
            var point = ResponseModel.Evaluate(a, b, c, d, scaling, _nodes[k]);
            _score[k] += point.Score(correct);
            if (_information is null || _warmJ is null) continue;
            _information[k] += point.Information;
            double pq = point.P * point.Q;
            if (pq > 0) _warmJ[k] += point.FirstDerivative * point.SecondDerivative / pq;
        }
    }

    /// <summary>
    /// The estimate and its SE: 1/√I(θ̂) for MLE and WLE, 1/√(I(θ̂) + 1/σ²) for MAP. Throws
    /// <see cref="InvalidOperationException"/> for MLE or WLE before any answer (the likelihood is flat).
    /// </summary>
    public ThetaEstimate Estimate()
    {
        if (_responses.Count == 0 && _method != EstimationMethod.Map)
            throw new InvalidOperationException($"{_method} needs at least one response.");
        double theta = Maximise();
        double information = PatternFunctions.Information(_pool, Responses, theta);
        if (_method == EstimationMethod.Map) information += _precision;
        return new ThetaEstimate(theta, 1 / Math.Sqrt(information));
    }

    private double Maximise()
    {
        double best = double.NaN, bestValue = double.NegativeInfinity;

        // On an exact tie (a plateau where the likelihood underflowed) the bound wins: the
        // likelihood of such a pattern keeps rising towards it.
        void Consider(double theta, bool isBound = false)
        {
            double value = Objective(theta);
            if (double.IsNaN(best) || value > bestValue || (value == bestValue && isBound)) { best = theta; bestValue = value; }
        }

        double leftSlope = Equation(0);
        if (leftSlope <= 0) Consider(_nodes[0], isBound: true); // 0: flat there (e.g. underflow of a very steep item); the objective decides
        for (int k = 1; k <= ScanSteps; k++)
        {
            double rightSlope = Equation(k);
            if (leftSlope > 0 && rightSlope <= 0) Consider(Refine(k - 1, leftSlope, rightSlope));
            leftSlope = rightSlope;
        }
        if (leftSlope >= 0) Consider(_nodes[ScanSteps], isBound: true);
        if (double.IsNaN(best))
        {
            // A flat objective (g is 0 everywhere on the scan): every point is a maximum.
            Consider(_nodes[0] + (_nodes[ScanSteps] - _nodes[0]) / 2);
        }
        return best;
    }

    /// <summary>g at scan node k, from the table.</summary>
    private double Equation(int k) => _method switch
    {
        EstimationMethod.Map => _score[k] - (_nodes[k] - _prior.Mean) * _precision,
        EstimationMethod.Wle => _score[k] + (_information![k] > 0 ? _warmJ![k] / (2 * _information[k]) : 0),
        _ => _score[k],
    };

    private double Refine(int left, double leftSlope, double rightSlope) => _method == EstimationMethod.Wle
        ? Bisect(_nodes[left], _nodes[left + 1])
        : Newton(_nodes[left], _nodes[left + 1], leftSlope, rightSlope);

    /// <summary>
    /// Newton's method kept inside the bracket [positive, nonPositive] (g &gt; 0 at its left end,
    /// ≤ 0 at its right); a step that leaves it, or a point where g is not decreasing, bisects
    /// instead. Starts from the secant of the tabulated ends.
    /// </summary>
    private double Newton(double positive, double nonPositive, double positiveSlope, double nonPositiveSlope)
    {
        double x = positive + (nonPositive - positive) * (positiveSlope / (positiveSlope - nonPositiveSlope));
        if (!(x > positive && x < nonPositive)) x = positive + (nonPositive - positive) / 2;
        for (int step = 0; step < MaxNewtonSteps; step++)
        {
            double g = EquationAndDerivative(x, out double derivative);
            if (g > 0) positive = x; else nonPositive = x;
            if (derivative < 0)
            {
                double next = x - g / derivative;
                // Converged: x may have just become an end of the bracket, so test this first.
                if (Math.Abs(next - x) <= Tolerance) return Math.Clamp(next, positive, nonPositive);
                if (next > positive && next < nonPositive)
                {
                    x = next;
                    continue;
                }
            }
            double middle = positive + (nonPositive - positive) / 2;
            if (nonPositive - positive <= Tolerance || middle <= positive || middle >= nonPositive) return middle;
            x = middle;
        }
        return x;
    }

    private double Bisect(double positive, double nonPositive)
    {
        while (nonPositive - positive > Tolerance)
        {
            double middle = positive + (nonPositive - positive) / 2;
            if (middle <= positive || middle >= nonPositive) break;
            if (WeightedScore(middle) > 0) positive = middle; else nonPositive = middle;
        }
        return positive + (nonPositive - positive) / 2;
    }

    /// <summary>
    /// g(θ) and g′(θ) of MLE or MAP from the whole pattern: d(P′/P)/dθ = P″/P − (P′/P)² for a
    /// correct answer, d(−P′/Q)/dθ = −P″/Q − (P′/Q)² otherwise, and −1/σ² for the MAP prior.
    /// </summary>
    private double EquationAndDerivative(double theta, out double derivative)
    {
        double g = 0;
        derivative = 0;
        foreach (var r in Responses)
        {
            var point = Point(r.Item, theta);
            if (r.IsCorrect)
            {
                if (!(point.P > 0)) continue;
                double ratio = point.FirstDerivative / point.P;
                g += ratio;
                derivative += point.SecondDerivative / point.P - ratio * ratio;
            }
            else
            {
                if (!(point.Q > 0)) continue;
                double ratio = point.FirstDerivative / point.Q;
                g -= ratio;
                derivative -= point.SecondDerivative / point.Q + ratio * ratio;
            }
        }
        if (_method == EstimationMethod.Map)
        {
            g -= (theta - _prior.Mean) * _precision;
            derivative -= _precision;
        }
        return g;
    }

    /// <summary>Warm's estimating equation dlogL/dθ + J/(2I) from the whole pattern.</summary>
    private double WeightedScore(double theta)
    {
        var responses = Responses;
        double information = PatternFunctions.Information(_pool, responses, theta);
        double correction = information > 0 ? PatternFunctions.WarmJ(_pool, responses, theta) / (2 * information) : 0;
        return PatternFunctions.Score(_pool, responses, theta) + correction;
    }

    /// <summary>What ranks the candidates: log L, minus the prior's log density for MAP, plus ½ log I for WLE (exact for 1PL/2PL).</summary>
    private double Objective(double theta)
    {
        double logLikelihood = PatternFunctions.LogLikelihood(_pool, Responses, theta);
        return _method switch
        {
            EstimationMethod.Map => logLikelihood - 0.5 * (theta - _prior.Mean) * (theta - _prior.Mean) * _precision,
            EstimationMethod.Wle => logLikelihood + 0.5 * Math.Log(PatternFunctions.Information(_pool, Responses, theta)),
            _ => logLikelihood,
        };
    }

    private ResponsePoint Point(int item, double theta) =>
        ResponseModel.Evaluate(_pool.A[item], _pool.B[item], _pool.C[item], _pool.D[item], _pool.Scaling, theta);
}
