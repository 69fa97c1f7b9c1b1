using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// k-fold cross-validation of the feature model against the fixed rule, on the calibrated items of a bank
/// (Stone, 1974; Hastie, Tibshirani &amp; Friedman, 2009, §7.10): the items, ordered by id, are shuffled with
/// the seed and dealt into k folds; each fold is predicted by a model trained on the other k − 1, and by the
/// rule; the errors of all folds are pooled into one RMSE and MAE per side. <see cref="Choose"/> then keeps the
/// rule unless the bank has enough calibrated items and the model's RMSE is clearly lower.
/// </summary>
public sealed class PriorComparison
{
    private readonly IReadOnlyList<Item> _calibrated;

    private PriorComparison(IReadOnlyList<Item> calibrated, PriorOptions options, TargetComparison? difficulty, TargetComparison? discrimination)
    {
        _calibrated = calibrated;
        Options = options;
        Difficulty = difficulty;
        Discrimination = discrimination;
    }

    /// <summary>The settings used.</summary>
    public PriorOptions Options { get; }

    /// <summary>How many calibrated items the bank has (the training data).</summary>
    public int CalibratedCount => _calibrated.Count;

    /// <summary>Model against rule for b, or <see langword="null"/> with fewer than 2 × k calibrated items.</summary>
    public TargetComparison? Difficulty { get; }

    /// <summary>Model against rule for a (ln a scale), or <see langword="null"/> with fewer than 2 × k calibrated items.</summary>
    public TargetComparison? Discrimination { get; }

    /// <summary>Cross-validates on the calibrated items among <paramref name="items"/> (the others are ignored).</summary>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public static PriorComparison Run(IEnumerable<Item> items, PriorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        options ??= PriorOptions.Default;
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var calibrated = DifficultyPriorModel.Calibrated(items);
        if (calibrated.Count < 2 * options.Folds)
        {
            return new PriorComparison(calibrated, options, null, null);
        }

        var folds = AssignFolds(calibrated.Count, options.Folds, options.Seed);
        return new PriorComparison(calibrated, options,
            CrossValidate(calibrated, folds, PriorTarget.Difficulty, options),
            CrossValidate(calibrated, folds, PriorTarget.Discrimination, options));
    }

    /// <summary>
    /// For each parameter, the feature model when the bank has at least <see cref="PriorOptions.MinimumCalibratedItems"/>
    /// calibrated items and the model's CV RMSE is at least <see cref="PriorOptions.RequiredImprovement"/> below
    /// the rule's; otherwise the rule. The prior SD is the winner's CV RMSE (the fallback SDs without CV); a
    /// chosen model is retrained on every calibrated item.
    /// </summary>
    public PriorChoice Choose()
    {
        if (CalibratedCount < Options.MinimumCalibratedItems || Difficulty is null || Discrimination is null)
        {
            var reason = $"too few calibrated items: {CalibratedCount} < {Options.MinimumCalibratedItems}, so the level rule is kept";
            return new PriorChoice(
                new PriorDecision(PriorSource.Rule, Options.FallbackDifficultySd, reason),
                new PriorDecision(PriorSource.Rule, Options.FallbackLogDiscriminationSd, reason),
                null);
        }

        var difficulty = Decide(Difficulty);
        var discrimination = Decide(Discrimination);
        var usesModel = difficulty.Source == PriorSource.FeatureModel || discrimination.Source == PriorSource.FeatureModel;
        return new PriorChoice(difficulty, discrimination, usesModel ? DifficultyPriorModel.Train(_calibrated, Options) : null);
    }

    private PriorDecision Decide(TargetComparison comparison)
    {
        var rule = comparison.Target == PriorTarget.Difficulty ? "level rule" : "type rule";
        var numbers = FormattableString.Invariant(
            $"CV RMSE model {comparison.Model.Rmse:0.000} vs {rule} {comparison.Rule.Rmse:0.000} ({comparison.RelativeChange:+0.0%;-0.0%}) on {CalibratedCount} calibrated items");
        var margin = FormattableString.Invariant($"{Options.RequiredImprovement:0%}");
        return comparison.ModelWins(Options.RequiredImprovement)
            ? new PriorDecision(PriorSource.FeatureModel, Math.Max(Options.MinimumSd, comparison.Model.Rmse), $"feature model: {numbers}")
            : new PriorDecision(PriorSource.Rule, Math.Max(Options.MinimumSd, comparison.Rule.Rmse), $"{rule}: the model is not {margin} better; {numbers}");
    }

    private static int[] AssignFolds(int count, int k, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var folds = new int[count];
        for (var position = 0; position < count; position++)
        {
            folds[order[position]] = position % k;
        }

        return folds;
    }

    private static TargetComparison CrossValidate(IReadOnlyList<Item> items, int[] folds, PriorTarget target, PriorOptions options)
    {
        var modelErrors = new List<double>();
        var ruleErrors = new List<double>();
        var modelFold = new List<double>();
        var ruleFold = new List<double>();
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var train = items.Where((_, i) => folds[i] != fold).ToList();
            var test = items.Where((_, i) => folds[i] == fold).ToList();
            var predicted = FeatureRegression.Train(train, target, options).PredictResiduals(test);
            var observed = test.Select(i => target.ObservedResidual(i)).ToArray();
            var model = observed.Select((o, i) => predicted[i] - o).ToList();
            var rule = observed.Select(o => -o).ToList();
            modelErrors.AddRange(model);
            ruleErrors.AddRange(rule);
            modelFold.Add(PredictionErrors.From(model).Rmse);
            ruleFold.Add(PredictionErrors.From(rule).Rmse);
        }

        return new TargetComparison(target, PredictionErrors.From(modelErrors), PredictionErrors.From(ruleErrors), modelFold, ruleFold);
    }
}
