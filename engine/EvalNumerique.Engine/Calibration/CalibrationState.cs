using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Calibration;

/// <summary>The parameters of one EM run as it goes, with the ln P / ln Q tables on the nodes (structure of arrays, [i·Q + k]).</summary>
internal sealed class CalibrationState
{
    private readonly ItemParameters?[] _anchors;
    private readonly bool[] _free;

    public CalibrationState(IReadOnlyList<CalibrationItem> items, bool[] free, CalibrationOptions options)
    {
        Options = options;
        int q = options.Quadrature.Points;
        Nodes = new double[q];
        for (int k = 0; k < q; k++) Nodes[k] = options.Quadrature.Node(k);
        Models = [.. items.Select(item => item.Model)];
        _anchors = [.. items.Select(item => item.Anchor)];
        _free = free;
        Coefficients = new ItemCoefficients[items.Count];
        LogP = new double[items.Count * q];
        LogQ = new double[items.Count * q];
        FreeOnePlItems = [.. Enumerable.Range(0, items.Count).Where(i => free[i] && Models[i] == ItemModel.OnePL)];
        CommonSlopeIsFree = options.OnePlSlope is null;
        Latent = options.Latent;
    }

    public CalibrationOptions Options { get; }

    public double[] Nodes { get; }

    public ItemModel[] Models { get; }

    public ItemCoefficients[] Coefficients { get; }

    public double[] LogP { get; }

    public double[] LogQ { get; }

    public IReadOnlyList<int> FreeOnePlItems { get; }

    public bool CommonSlopeIsFree { get; }

    public NormalPrior Latent { get; set; }

    public bool IsFree(int item) => _free[item];

    public ItemParameters? Anchor(int item) => _anchors[item];

    /// <summary>The item's a, b, c, d as reported: the anchor itself, or the current estimates (d = 1).</summary>
    public ItemParameters Parameters(int item) =>
        _anchors[item] ?? new ItemParameters(Coefficients[item].A, Coefficients[item].B, Coefficients[item].C);

    /// <summary>Recomputes ln P and ln Q of every item on the nodes.</summary>
    public void UpdateTables()
    {
        int q = Nodes.Length;
        for (int i = 0; i < Coefficients.Length; i++)
        {
            var item = Parameters(i);
            for (int k = 0; k < q; k++)
            {
                var point = ResponseModel.Evaluate(item.A, item.B, item.C, item.D, Options.Scaling, Nodes[k]);
                // ln of a probability that underflowed would be −∞ and poison the sums: floor it at the smallest positive double.
                LogP[i * q + k] = Math.Log(Math.Max(point.P, double.Epsilon));
                LogQ[i * q + k] = Math.Log(Math.Max(point.Q, double.Epsilon));
            }
        }
    }

    /// <summary>ln wₖ of the latent N(μ, σ²) on the nodes, normalised to Σ wₖ = 1.</summary>
    public double[] LogWeights()
    {
        var log = new double[Nodes.Length];
        double max = double.NegativeInfinity;
        for (int k = 0; k < log.Length; k++) max = Math.Max(max, log[k] = Latent.LogDensity(Nodes[k]));
        double sum = 0;
        for (int k = 0; k < log.Length; k++) sum += Math.Exp(log[k] - max);
        double normaliser = max + Math.Log(sum);
        for (int k = 0; k < log.Length; k++) log[k] -= normaliser;
        return log;
    }
}
