namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// The E-step of Bock &amp; Aitkin (1981): for every person j the posterior weights
/// πⱼₖ = wₖ·Lⱼ(θₖ) / Σₘ wₘ·Lⱼ(θₘ) on the quadrature nodes, accumulated per item into the expected
/// number of answers n̄ᵢₖ = Σⱼ∋ᵢ πⱼₖ and of correct answers r̄ᵢₖ = Σⱼ∋ᵢ xⱼᵢ·πⱼₖ ("artificial data"),
/// with the marginal log-likelihood Σⱼ ln Σₖ wₖ·Lⱼ(θₖ) as a by-product.
/// <para>
/// Persons are cut into a fixed number of contiguous chunks that run in parallel, each into its own
/// buffers, summed in chunk order afterwards: the result does not depend on the number of cores.
/// </para>
/// </summary>
internal sealed class ExpectedCounts
{
    /// <summary>Fixed, not the core count, so that floating-point sums are the same on every machine.</summary>
    private const int Chunks = 16;

    private readonly ResponseMatrix _data;
    private readonly int _nodes;
    private readonly double[][] _correct;
    private readonly double[][] _total;
    private readonly double[][] _nodeMass;
    private readonly double[] _logLikelihood = new double[Chunks];

    public ExpectedCounts(ResponseMatrix data, int nodes)
    {
        _data = data;
        _nodes = nodes;
        int size = data.ItemCount * nodes;
        _correct = new double[Chunks][];
        _total = new double[Chunks][];
        _nodeMass = new double[Chunks][];
        for (int chunk = 0; chunk < Chunks; chunk++)
        {
            _correct[chunk] = new double[size];
            _total[chunk] = new double[size];
            _nodeMass[chunk] = new double[nodes];
        }
        Correct = new double[size];
        Total = new double[size];
        NodeMass = new double[nodes];
    }

    /// <summary>r̄ᵢₖ at [i·Q + k].</summary>
    public double[] Correct { get; }

    /// <summary>n̄ᵢₖ at [i·Q + k].</summary>
    public double[] Total { get; }

    /// <summary>Σⱼ πⱼₖ: the expected number of persons at each node (for the latent distribution's update).</summary>
    public double[] NodeMass { get; }

    /// <summary>Marginal log-likelihood at the parameters of the last <see cref="Run"/>.</summary>
    public double LogLikelihood { get; private set; }

    /// <summary>One E-step. <paramref name="logP"/> and <paramref name="logQ"/> are ln P and ln Q at [i·Q + k]; <paramref name="logWeights"/> ln wₖ (normalised).</summary>
    public void Run(double[] logP, double[] logQ, double[] logWeights)
    {
        int persons = _data.PersonCount;
        Parallel.For(0, Chunks, chunk =>
        {
            int from = (int)((long)persons * chunk / Chunks);
            int to = (int)((long)persons * (chunk + 1) / Chunks);
            _logLikelihood[chunk] = RunChunk(from, to, logP, logQ, logWeights, _correct[chunk], _total[chunk], _nodeMass[chunk]);
        });
        Array.Clear(Correct);
        Array.Clear(Total);
        Array.Clear(NodeMass);
        double logLikelihood = 0;
        for (int chunk = 0; chunk < Chunks; chunk++)
        {
            Add(Correct, _correct[chunk]);
            Add(Total, _total[chunk]);
            Add(NodeMass, _nodeMass[chunk]);
            logLikelihood += _logLikelihood[chunk];
        }
        LogLikelihood = logLikelihood;
    }

    private double RunChunk(int from, int to, double[] logP, double[] logQ, double[] logWeights, double[] correct, double[] total, double[] nodeMass)
    {
        Array.Clear(correct);
        Array.Clear(total);
        Array.Clear(nodeMass);
        int q = _nodes;
        Span<double> posterior = q <= 512 ? stackalloc double[q] : new double[q];
        var start = _data.Start;
        var items = _data.Items;
        var scores = _data.Scores;
        double logLikelihood = 0;
        for (int j = from; j < to; j++)
        {
            int begin = start[j], end = start[j + 1];
            if (begin == end) continue;
            logLikelihood += PersonPosterior.Compute(items[begin..end], scores[begin..end], logP, logQ, logWeights, posterior);
            for (int k = 0; k < q; k++) nodeMass[k] += posterior[k];
            for (int at = begin; at < end; at++)
            {
                int offset = items[at] * q;
                var row = total.AsSpan(offset, q);
                for (int k = 0; k < q; k++) row[k] += posterior[k];
                if (scores[at] == 0) continue;
                var right = correct.AsSpan(offset, q);
                for (int k = 0; k < q; k++) right[k] += posterior[k];
            }
        }
        return logLikelihood;
    }

    private static void Add(double[] into, double[] from)
    {
        for (int i = 0; i < into.Length; i++) into[i] += from[i];
    }
}
