namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// Standard errors from the cross-product (XPD) approximation of the information at convergence:
/// I ≈ Σⱼ sⱼ·sⱼᵀ with sⱼ = ∂ ln Lⱼ/∂η = Σₖ πⱼₖ·Σᵢ∋ⱼ (xⱼᵢ − Pᵢₖ)/(PᵢₖQᵢₖ)·∂Pᵢₖ/∂η, each person's
/// score of the marginal likelihood (Fisher's identity; Bock &amp; Aitkin, 1981; mirt's
/// <c>SE.type = "crossprod"</c>), plus the priors' curvature, inverted (only the entries needed, from the
/// inverse Cholesky factor), and (a, t) mapped to (a, b = −t/a)
/// by the delta method.
/// <para>
/// Up to <see cref="FullLimit"/> free parameters the whole matrix is inverted, so covariances between
/// items count. Above, it is cut into one block per item (and one for the free 1PL items with their
/// common slope), the item-by-item approximation of BILOG-type programs, which ignores those
/// covariances and so runs a little small. Known bias of XPD itself: in small samples its standard
/// errors run somewhat too large (Paek &amp; Cai, 2014); both effects vanish as N grows. A singular
/// block gives no standard error.
/// </para>
/// </summary>
internal static class CrossProductInformation
{
    /// <summary>Largest parameter count inverted as one matrix: 600 (300 2PL items), about 0.1 s.</summary>
    public const int FullLimit = 600;

    public static StandardError[] Compute(CalibrationState state, ResponseMatrix data, double[] logWeights)
    {
        var full = Compute(state, data, logWeights, FullLimit);
        // One item with a near-flat likelihood (a slope at its bound, an item everyone gets right)
        // makes the whole matrix singular: then each item's own block still gives its SEs.
        bool failed = Enumerable.Range(0, data.ItemCount).Any(i => state.IsFree(i) && full[i] == default);
        return failed ? Compute(state, data, logWeights, fullLimit: 0) : full;
    }

    private static StandardError[] Compute(CalibrationState state, ResponseMatrix data, double[] logWeights, int fullLimit)
    {
        var layout = new ParameterLayout(state, fullLimit);
        int q = state.Nodes.Length, itemCount = data.ItemCount;
        var o = state.Options;
        var p = new double[itemCount * q];
        var dt = new double[itemCount * q];
        var dc = new double[itemCount * q];
        for (int i = 0; i < itemCount; i++)
        {
            var item = state.Coefficients[i];
            for (int k = 0; k < q; k++)
            {
                double pk = Math.Exp(state.LogP[i * q + k]);
                double qk = Math.Exp(state.LogQ[i * q + k]);
                p[i * q + k] = pk;
                // With ψ = (P − c)/(1 − c): ∂P/∂t = D·(P − c)·Q/(1 − c), ∂P/∂c = Q/(1 − c), ∂P/∂a = θ·∂P/∂t.
                dt[i * q + k] = o.Scaling * (pk - item.C) * qk / (1 - item.C);
                dc[i * q + k] = qk / (1 - item.C);
            }
        }

        var matrices = layout.NewBlocks();
        Span<double> posterior = new double[q];
        var scores = new double[layout.Count];
        var touched = new List<int>();
        var start = data.Start;
        var items = data.Items;
        var answers = data.Scores;
        for (int j = 0; j < data.PersonCount; j++)
        {
            int begin = start[j], end = start[j + 1];
            if (begin == end) continue;
            PersonPosterior.Compute(items[begin..end], answers[begin..end], state.LogP, state.LogQ, logWeights, posterior);
            touched.Clear();
            for (int at = begin; at < end; at++)
            {
                int i = items[at];
                if (!state.IsFree(i)) continue;
                bool correct = answers[at] != 0;
                double sa = 0, st = 0, sc = 0;
                for (int k = 0; k < q; k++)
                {
                    double w = posterior[k] * (correct ? 1 / p[i * q + k] : -1 / (1 - p[i * q + k]));
                    st += w * dt[i * q + k];
                    sa += w * dt[i * q + k] * state.Nodes[k];
                    sc += w * dc[i * q + k];
                }
                Accumulate(layout.SlopeIndex[i], sa, scores, touched);
                Accumulate(layout.InterceptIndex[i], st, scores, touched);
                Accumulate(layout.GuessingIndex[i], sc, scores, touched);
            }
            foreach (int r in touched)
                foreach (int c in touched)
                    if (layout.Block[r] == layout.Block[c])
                        matrices[layout.Block[r]][layout.Local[r] * layout.BlockSize(layout.Block[r]) + layout.Local[c]] += scores[r] * scores[c];
            foreach (int r in touched) scores[r] = 0;
        }

        AddPriors(state, layout, matrices);
        var factors = new double[]?[matrices.Length];
        for (int block = 0; block < matrices.Length; block++)
            factors[block] = LinearAlgebra.InverseFactor(matrices[block], layout.BlockSize(block));

        var result = new StandardError[itemCount];
        for (int i = 0; i < itemCount; i++)
        {
            int t = layout.InterceptIndex[i];
            if (t < 0 || factors[layout.Block[t]] is null) continue;
            int a = layout.SlopeIndex[i], c = layout.GuessingIndex[i];
            double Covariance(int r, int s) => r < 0 || s < 0 || layout.Block[r] != layout.Block[s] ? 0
                : LinearAlgebra.InverseEntry(factors[layout.Block[r]]!, layout.BlockSize(layout.Block[r]), layout.Local[r], layout.Local[s]);
            result[i] = Map(Covariance(a, a), Covariance(a, t), Covariance(t, t), a >= 0, c >= 0 ? Covariance(c, c) : null, state.Coefficients[i]);
        }
        return result;
    }

    private static void Accumulate(int index, double score, double[] scores, List<int> touched)
    {
        if (index < 0) return;
        if (scores[index] == 0 && !touched.Contains(index)) touched.Add(index);
        scores[index] += score;
    }

    /// <summary>Adds each item's prior curvature (Gauss–Newton form, as in the M-step) to its parameters' entries.</summary>
    private static void AddPriors(CalibrationState state, ParameterLayout layout, double[][] matrices)
    {
        Span<double> gradient = stackalloc double[3];
        Span<double> curvature = stackalloc double[9];
        for (int i = 0; i < state.Coefficients.Length; i++)
        {
            if (layout.InterceptIndex[i] < 0) continue;
            curvature.Clear();
            var free = FreeParameters.For(state.Models[i]);
            // A shared 1PL slope carries the b prior's (a, t) terms too.
            var withSlope = free with { Slope = layout.SlopeIndex[i] >= 0 };
            ItemMaximisation.AddPriors(state.Coefficients[i], withSlope, state.Options with { SlopePrior = free.Slope ? state.Options.SlopePrior : null }, gradient, curvature);
            ReadOnlySpan<int> index = [layout.SlopeIndex[i], layout.InterceptIndex[i], layout.GuessingIndex[i]];
            for (int r = 0; r < 3; r++)
                for (int s = 0; s < 3; s++)
                {
                    if (index[r] < 0 || index[s] < 0 || curvature[3 * r + s] == 0 || layout.Block[index[r]] != layout.Block[index[s]]) continue;
                    int block = layout.Block[index[r]];
                    matrices[block][layout.Local[index[r]] * layout.BlockSize(block) + layout.Local[index[s]]] += curvature[3 * r + s];
                }
        }
    }

    /// <summary>(a, t) covariance to SE(a), SE(b) with b = −t/a: ∇b = (−b/a, −1/a).</summary>
    private static StandardError Map(double varA, double covAt, double varT, bool slopeFree, double? varC, ItemCoefficients item)
    {
        double ga = slopeFree ? -item.B / item.A : 0, gt = -1 / item.A;
        double varB = ga * ga * varA + 2 * ga * gt * covAt + gt * gt * varT;
        return new StandardError(slopeFree ? Root(varA) : null, Root(varB), varC is { } c ? Root(c) : null);
    }

    private static double? Root(double variance) => variance > 0 && double.IsFinite(variance) ? Math.Sqrt(variance) : null;
}
