using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// The S-X² item fit statistic of Orlando &amp; Thissen (2000, Applied Psychological Measurement 24:50–64),
/// for complete data only (every person took every item, so the sum score is comparable). For item
/// i of n and sum scores k = 1…n − 1 (0 and n carry no information), with Nₖ persons at score k,
/// Oᵢₖ their observed proportion correct on item i, and
/// Eᵢₖ = ∫ Pᵢ(θ)·S⁽⁻ⁱ⁾(k − 1 | θ)·g(θ) dθ / ∫ S(k | θ)·g(θ) dθ
/// (S the sum-score distribution of <see cref="SumScoreDistribution"/>, S⁽⁻ⁱ⁾ without item i, g the
/// population density — here the estimation prior on its quadrature grid):
/// S-X²ᵢ = Σₖ Nₖ(Oᵢₖ − Eᵢₖ)² / (Eᵢₖ(1 − Eᵢₖ)), on (groups − m) degrees of freedom, m the item's
/// estimated parameters. Adjacent score groups are pooled from the lowest upward until the expected
/// numbers right and wrong are both at least <see cref="ItemQualityOptions.SumScoreFitMinExpected"/>
/// (a thin top remainder joins the group below), the collapsing of Orlando &amp; Thissen (2000) and
/// Kang &amp; Chen (2008, J. Educ. Meas. 45:391–406); pooled groups use the pooled observed and expected counts.
/// </summary>
public static class SumScoreFit
{
    /// <summary>S-X² of every item of the pool, or null when the data are not complete.</summary>
    public static SumScoreFitStatistics[]? Compute(ItemPool pool, ResponseSet responses, ItemQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(options);
        if (!responses.IsComplete || pool.Count < 2 || responses.PersonCount == 0) return null;
        int n = pool.Count;

        var (nodes, weights) = Grid(options.Estimation.Quadrature, options.Estimation.Prior);
        var marginal = Marginal(pool, nodes, weights);

        var personsAt = new int[n + 1];
        var rightAt = new int[n, n + 1];
        for (int person = 0; person < responses.PersonCount; person++)
        {
            int score = responses.SumScore(person);
            personsAt[score]++;
            foreach (var answer in responses.OfPerson(person))
                rightAt[answer.Item, score] += answer.Score;
        }

        var results = new SumScoreFitStatistics[n];
        for (int item = 0; item < n; item++)
            results[item] = ForItem(item, n, personsAt, rightAt, Joint(pool, item, nodes, weights), marginal, options);
        return results;
    }

    /// <summary>
    /// Eᵢₖ for k = 0…n: the model's proportion correct on <paramref name="item"/> among persons with sum
    /// score k, integrated over the prior on the quadrature grid (E₀ = 0, Eₙ = 1).
    /// </summary>
    public static double[] ExpectedProportions(ItemPool pool, int item, QuadratureSpec quadrature, NormalPrior prior)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var (nodes, weights) = Grid(quadrature, prior);
        var marginal = Marginal(pool, nodes, weights);
        var joint = Joint(pool, item, nodes, weights);
        var expected = new double[pool.Count + 1];
        for (int k = 0; k <= pool.Count; k++) expected[k] = marginal[k] > 0 ? joint[k] / marginal[k] : double.NaN;
        return expected;
    }

    private static (double[] Nodes, double[] Weights) Grid(QuadratureSpec quadrature, NormalPrior prior)
    {
        if (quadrature.Problem() is { } problem) throw new ArgumentException(problem, nameof(quadrature));
        var nodes = new double[quadrature.Points];
        var weights = new double[quadrature.Points];
        for (int q = 0; q < nodes.Length; q++)
        {
            nodes[q] = quadrature.Node(q);
            weights[q] = prior.Density(nodes[q]);
        }
        return (nodes, weights);
    }

    /// <summary>∫ S(k | θ) g(θ) dθ for every k (unnormalised: the ratios Eᵢₖ do not need it).</summary>
    private static double[] Marginal(ItemPool pool, double[] nodes, double[] weights)
    {
        var marginal = new double[pool.Count + 1];
        var full = new double[pool.Count + 1];
        for (int q = 0; q < nodes.Length; q++)
        {
            SumScoreDistribution.Compute(pool, nodes[q], -1, full);
            for (int k = 0; k <= pool.Count; k++) marginal[k] += weights[q] * full[k];
        }
        return marginal;
    }

    /// <summary>∫ Pᵢ(θ)·S⁽⁻ⁱ⁾(k − 1 | θ) g(θ) dθ for every k (0 at k = 0).</summary>
    private static double[] Joint(ItemPool pool, int item, double[] nodes, double[] weights)
    {
        int n = pool.Count;
        var joint = new double[n + 1];
        var rest = new double[n];
        for (int q = 0; q < nodes.Length; q++)
        {
            SumScoreDistribution.Compute(pool, nodes[q], item, rest);
            double p = weights[q] * pool.Probability(item, nodes[q]);
            for (int k = 1; k <= n; k++) joint[k] += p * rest[k - 1];
        }
        return joint;
    }

    private static SumScoreFitStatistics ForItem(
        int item, int n, int[] personsAt, int[,] rightAt, double[] joint, double[] marginal, ItemQualityOptions options)
    {
        double minExpected = options.SumScoreFitMinExpected;
        var groups = new List<(double N, double Observed, double Expected)>();
        double groupN = 0, groupObserved = 0, groupExpected = 0;
        for (int k = 1; k <= n - 1; k++)
        {
            if (personsAt[k] == 0 || marginal[k] <= 0) continue;
            double expected = joint[k] / marginal[k];
            groupN += personsAt[k];
            groupObserved += rightAt[item, k];
            groupExpected += personsAt[k] * expected;
            // The 1e-9 slack keeps a count that is exactly the minimum (e.g. 3 × 1/3) from failing on rounding.
            if (groupExpected >= minExpected - 1e-9 && groupN - groupExpected >= minExpected - 1e-9)
            {
                groups.Add((groupN, groupObserved, groupExpected));
                (groupN, groupObserved, groupExpected) = (0, 0, 0);
            }
        }
        if (groupN > 0)
        {
            if (groups.Count == 0) groups.Add((groupN, groupObserved, groupExpected));
            else groups[^1] = (groups[^1].N + groupN, groups[^1].Observed + groupObserved, groups[^1].Expected + groupExpected);
        }

        double chiSquare = 0;
        foreach (var (count, observed, expected) in groups)
        {
            double o = observed / count, e = expected / count;
            if (e > 0 && e < 1) chiSquare += count * (o - e) * (o - e) / (e * (1 - e));
        }
        int df = groups.Count - options.SumScoreFitParameters;
        double? p = df > 0 ? Distributions.ChiSquareUpperTail(chiSquare, df) : null;
        return new SumScoreFitStatistics(chiSquare, df, p, groups.Count);
    }
}
