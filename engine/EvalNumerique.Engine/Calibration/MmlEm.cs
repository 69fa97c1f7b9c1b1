using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// Item calibration by marginal maximum likelihood with the EM algorithm (Bock &amp; Aitkin, 1981):
/// the marginal likelihood Πⱼ Σₖ wₖ·Πᵢ∋ⱼ Pᵢ(θₖ)^xⱼᵢ·Qᵢ(θₖ)^(1−xⱼᵢ) over a quadrature of the latent
/// distribution is raised by alternating the E-step (<see cref="ExpectedCounts"/>: each person's
/// posterior on the nodes, accumulated into expected answers per item and node) and an M-step per
/// item (<see cref="ItemMaximisation"/>: Fisher scoring with optional priors — then the estimates
/// are posterior modes, Mislevy, 1986). Notation: a, b, c as in <see cref="ItemParameters"/>, θ the
/// latent trait, D the scaling constant.
/// <para>
/// Each person answers their own subset (adaptive data): missing answers are simply absent, which is
/// ignorable when the subset depends only on the person's previous answers (Mislevy &amp; Wu, 1996).
/// Anchor items are held fixed and place the others on their scale (fixed-parameter calibration,
/// Kim, 2006); the latent mean and sd are then estimated if asked. Deterministic: no randomness, and
/// parallel sums are reduced in a fixed order.
/// </para>
/// </summary>
public static class MmlEm
{
    /// <summary>
    /// Calibrates the items. Throws <see cref="ArgumentException"/> for invalid options, an item list
    /// that does not match the data, an invalid anchor, or a latent distribution to estimate without anchors.
    /// <paramref name="progress"/> hears after every EM cycle (a long run in a web app shows it);
    /// <paramref name="cancel"/> is checked between cycles.
    /// </summary>
    public static CalibrationResult Calibrate(IReadOnlyList<CalibrationItem> items, ResponseMatrix data, CalibrationOptions? options = null,
        IProgress<CalibrationProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(data);
        options ??= CalibrationOptions.Default;
        Validate(items, data, options);

        int itemCount = items.Count;
        var (answers, correct) = Counts(data);
        var free = new bool[itemCount];
        for (int i = 0; i < itemCount; i++) free[i] = !items[i].IsAnchor && answers[i] > 0;
        var state = new CalibrationState(items, free, options);
        double commonSlope = Start(items, answers, correct, state);

        var counts = new ExpectedCounts(data, state.Nodes.Length);
        var trace = new List<double>();
        bool converged = false;
        double change = double.PositiveInfinity;
        int cycle = 0;
        var before = new ItemParameters[itemCount];
        while (cycle < options.MaxCycles)
        {
            cycle++;
            state.UpdateTables();
            counts.Run(state.LogP, state.LogQ, state.LogWeights());
            trace.Add(counts.LogLikelihood);
            for (int i = 0; i < itemCount; i++) before[i] = state.Parameters(i);
            var latentBefore = state.Latent;

            MaximisationStep(state, counts, ref commonSlope);
            if (options.EstimateLatentDistribution) state.Latent = UpdatedLatent(state.Nodes, counts.NodeMass, state.Latent);

            change = Math.Max(Math.Abs(state.Latent.Mean - latentBefore.Mean), Math.Abs(state.Latent.Sd - latentBefore.Sd));
            for (int i = 0; i < itemCount; i++)
            {
                if (!free[i]) continue;
                var now = state.Parameters(i);
                change = Math.Max(change, Math.Max(Math.Abs(now.A - before[i].A), Math.Max(Math.Abs(now.B - before[i].B), Math.Abs(now.C - before[i].C))));
            }
            bool likelihoodSettled = trace.Count >= 2 && Math.Abs(trace[^1] - trace[^2]) < options.LogLikelihoodTolerance;
            progress?.Report(new CalibrationProgress(cycle, options.MaxCycles, change, trace[^1]));
            cancel.ThrowIfCancellationRequested();
            if (change < options.ParameterTolerance && likelihoodSettled)
            {
                converged = true;
                break;
            }
        }

        state.UpdateTables();
        var logWeights = state.LogWeights();
        counts.Run(state.LogP, state.LogQ, logWeights);
        var errors = CrossProductInformation.Compute(state, data, logWeights);
        var calibrated = new CalibratedItem[itemCount];
        for (int i = 0; i < itemCount; i++)
            calibrated[i] = ItemReport.Describe(items[i], state, i, answers[i], correct[i], errors[i]);
        return new CalibrationResult(calibrated, state.Latent, converged, cycle, change, counts.LogLikelihood, trace,
            RunWarnings(converged, cycle, change, data, options));
    }

    private static void MaximisationStep(CalibrationState state, ExpectedCounts counts, ref double commonSlope)
    {
        int q = state.Nodes.Length;
        var options = state.Options;
        var nodes = state.Nodes;
        var coefficients = state.Coefficients;
        Parallel.For(0, coefficients.Length, i =>
        {
            if (!state.IsFree(i)) return;
            var item = coefficients[i];
            ItemMaximisation.Fit(ref item, FreeParameters.For(state.Models[i]), counts.Correct.AsSpan(i * q, q), counts.Total.AsSpan(i * q, q), nodes, options);
            coefficients[i] = item;
        });
        if (state.CommonSlopeIsFree && state.FreeOnePlItems.Count > 0)
            commonSlope = CommonSlope.Fit(commonSlope, coefficients, state.FreeOnePlItems, counts.Correct, counts.Total, nodes, options);
    }

    /// <summary>EM update of N(μ, σ²) from the expected number of persons at each node: μ = Σ θₖNₖ / ΣNₖ, σ² = Σ (θₖ − μ)²Nₖ / ΣNₖ.</summary>
    private static NormalPrior UpdatedLatent(double[] nodes, double[] mass, NormalPrior current)
    {
        double total = 0, mean = 0, variance = 0;
        for (int k = 0; k < nodes.Length; k++) { total += mass[k]; mean += nodes[k] * mass[k]; }
        if (!(total > 0)) return current; // nobody answered anything: nothing to learn about the population
        mean /= total;
        for (int k = 0; k < nodes.Length; k++) variance += (nodes[k] - mean) * (nodes[k] - mean) * mass[k];
        return new NormalPrior(mean, Math.Max(Math.Sqrt(variance / total), MinLatentSd));
    }

    /// <summary>A floor on the estimated latent sd, a little above one grid step of the default quadrature.</summary>
    private const double MinLatentSd = 0.25;

    /// <summary>Sets the starting values; returns the starting common 1PL slope.</summary>
    private static double Start(IReadOnlyList<CalibrationItem> items, int[] answers, int[] correct, CalibrationState state)
    {
        var options = state.Options;
        double commonSlope = options.OnePlSlope
            ?? items.FirstOrDefault(item => item.Model == ItemModel.OnePL && item.Start is not null && !item.IsAnchor)?.Start!.Value.A
            ?? 1;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Anchor is { } anchor)
            {
                state.Coefficients[i] = ItemCoefficients.FromDifficulty(anchor.A, anchor.B, anchor.C);
                continue;
            }
            double c = item.Model switch
            {
                ItemModel.ThreePL => item.Start?.C ?? options.GuessingPrior?.Mode ?? 0.2,
                ItemModel.TwoPL => item.FixedGuessing,
                _ => 0,
            };
            double a = item.Model == ItemModel.OnePL ? commonSlope : item.Start?.A ?? 1;
            // Default b: the logit of the (smoothed) proportion wrong, capped — exact for a Rasch item answered by θ = 0.
            double proportion = (correct[i] + 0.5) / (answers[i] + 1.0);
            double b = item.Start?.B ?? Math.Clamp(-Math.Log(proportion / (1 - proportion)) / (options.Scaling * a), -3, 3);
            var free = FreeParameters.For(item.Model);
            state.Coefficients[i] = ItemMaximisation.Bounded(ItemCoefficients.FromDifficulty(a, b, c), free, options);
        }
        return commonSlope;
    }

    private static (int[] Answers, int[] Correct) Counts(ResponseMatrix data)
    {
        var answers = new int[data.ItemCount];
        var correct = new int[data.ItemCount];
        var items = data.Items;
        var scores = data.Scores;
        for (int at = 0; at < items.Length; at++)
        {
            answers[items[at]]++;
            correct[items[at]] += scores[at];
        }
        return (answers, correct);
    }

    private static void Validate(IReadOnlyList<CalibrationItem> items, ResponseMatrix data, CalibrationOptions options)
    {
        if (options.Problem() is { } problem) throw new ArgumentException($"Invalid options: {problem}.", nameof(options));
        if (items.Count != data.ItemCount)
            throw new ArgumentException($"There are {items.Count} items but the responses refer to {data.ItemCount}.", nameof(items));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            if (!ids.Add(item.Id)) throw new ArgumentException($"Item id '{item.Id}' appears twice.", nameof(items));
            if (item.Anchor is { } anchor && anchor.Problem() is { } anchorProblem)
                throw new ArgumentException($"Anchor '{item.Id}': {anchorProblem}.", nameof(items));
            if (item.FixedGuessing is < 0 or >= 1 || double.IsNaN(item.FixedGuessing))
                throw new ArgumentException($"Item '{item.Id}': a fixed guessing parameter must be in [0, 1), not {item.FixedGuessing}.", nameof(items));
            if (item.Start is { } start && (start.Problem() is not null || start.C >= 1))
                throw new ArgumentException($"Item '{item.Id}': the starting values are not a valid item ({start.Problem()}).", nameof(items));
        }
        if (options.EstimateLatentDistribution && !items.Any(item => item.IsAnchor))
            throw new ArgumentException("The latent mean and sd can only be estimated against anchor items: without anchors N(0, 1) fixes the scale.", nameof(options));
    }

    private static List<string> RunWarnings(bool converged, int cycles, double change, ResponseMatrix data, CalibrationOptions options)
    {
        var warnings = new List<string>();
        if (!converged)
            warnings.Add($"EM did not converge in {cycles} cycles (last largest parameter change {change:G3}, tolerance {options.ParameterTolerance:G3}): raise the maximum number of cycles or check the items with warnings.");
        int empty = 0;
        for (int j = 0; j < data.PersonCount; j++) if (data.Start[j] == data.Start[j + 1]) empty++;
        if (empty > 0) warnings.Add($"{empty} person(s) have no answer and were ignored.");
        return warnings;
    }
}
