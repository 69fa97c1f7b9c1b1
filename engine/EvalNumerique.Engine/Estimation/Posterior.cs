using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Estimation;

/// <summary>
/// The posterior of θ on a fixed quadrature grid, updated in O(grid) per answer: the weight of
/// node θₖ is prior(θₖ)·Πᵢ Pᵢ(θₖ)^uᵢ·Qᵢ(θₖ)^(1−uᵢ). Weights are renormalised after every answer
/// so that long tests never underflow. EAP is the posterior mean, its SE the posterior SD
/// (Bock &amp; Mislevy, 1982).
/// </summary>
public sealed class Posterior
{
    private readonly double[] _nodes;
    private readonly double[] _prior;
    private readonly double[] _weights;

    /// <summary>A posterior equal to the prior on the given grid.</summary>
    public Posterior(QuadratureSpec quadrature, NormalPrior prior)
    {
        if (quadrature.Problem() is { } problem) throw new ArgumentException(problem, nameof(quadrature));
        if (prior.Problem() is { } priorProblem) throw new ArgumentException(priorProblem, nameof(prior));
        _nodes = new double[quadrature.Points];
        _prior = new double[quadrature.Points];
        _weights = new double[quadrature.Points];
        // Log densities shifted by their maximum: a very narrow prior, or one centred off the grid,
        // still leaves weight on its nearest node instead of underflowing everywhere.
        double maxLog = double.NegativeInfinity;
        for (int k = 0; k < _nodes.Length; k++)
        {
            _nodes[k] = quadrature.Node(k);
            _prior[k] = prior.LogDensity(_nodes[k]);
            maxLog = Math.Max(maxLog, _prior[k]);
        }
        for (int k = 0; k < _nodes.Length; k++) _prior[k] = Math.Exp(_prior[k] - maxLog);
        Reset();
    }

    /// <summary>The grid nodes.</summary>
    public ReadOnlySpan<double> Nodes => _nodes;

    /// <summary>The current normalised weights (they sum to 1).</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Forgets every answer: the posterior becomes the prior again.</summary>
    public void Reset()
    {
        _prior.CopyTo(_weights, 0);
        Normalise();
    }

    /// <summary>Multiplies the posterior by the likelihood of one answer.</summary>
    public void Update(ItemPool pool, Response response)
    {
        ArgumentNullException.ThrowIfNull(pool);
        double a = pool.A[response.Item], b = pool.B[response.Item], c = pool.C[response.Item], d = pool.D[response.Item];
        double slope = pool.Scaling * a;
        double range = d - c;
        bool correct = response.IsCorrect;
        for (int k = 0; k < _weights.Length; k++)
        {
            double e = Math.Exp(-slope * (_nodes[k] - b));
            _weights[k] *= correct
                ? c + range / (1 + e)
                : (1 - d) + range / (1 + 1 / e); // 1 − ψ without cancellation; e = ∞ gives 1, e = 0 gives 0
        }
        Normalise();
    }

    /// <summary>Applies every answer of a pattern.</summary>
    public void Update(ItemPool pool, ReadOnlySpan<Response> responses)
    {
        foreach (var response in responses) Update(pool, response);
    }

    /// <summary>The posterior mean (EAP) and posterior SD.</summary>
    public ThetaEstimate Estimate()
    {
        double mean = 0;
        for (int k = 0; k < _weights.Length; k++) mean += _weights[k] * _nodes[k];
        double variance = 0;
        for (int k = 0; k < _weights.Length; k++)
        {
            double deviation = _nodes[k] - mean;
            variance += _weights[k] * deviation * deviation;
        }
        return new ThetaEstimate(mean, Math.Sqrt(variance));
    }

    private void Normalise()
    {
        double sum = 0;
        foreach (double w in _weights) sum += w;
        if (!(sum > 0) || !double.IsFinite(sum))
            throw new InvalidOperationException("The posterior vanished on the whole grid: these answers are impossible on it; widen the quadrature.");
        double inverse = 1 / sum;
        for (int k = 0; k < _weights.Length; k++) _weights[k] *= inverse;
    }
}
