using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// Predicts a new item's difficulty b (and discrimination a) from its <see cref="ItemFeatures"/>, learnt from
/// calibrated items: b̂ = b_rule(level) + f(x), â = a_rule(type) · e^g(x), with f and g penalised linear models
/// (<see cref="FeatureRegression"/>). The training data are the items whose <c>irt</c> says
/// <c>calibrated: true</c> — in production the accepted MML-EM calibrations. Today's bank has none, so this
/// model is only trained in tests on simulated calibrations; <see cref="PriorComparison.Choose"/> decides
/// whether it is used at all.
/// </summary>
public sealed class DifficultyPriorModel
{
    private readonly FeatureRegression _difficulty;
    private readonly FeatureRegression _discrimination;

    private DifficultyPriorModel(FeatureRegression difficulty, FeatureRegression discrimination)
    {
        _difficulty = difficulty;
        _discrimination = discrimination;
    }

    /// <summary>How many calibrated items it was trained on.</summary>
    public int TrainingCount => _difficulty.TrainingCount;

    /// <summary>Trains both regressions on the calibrated items among <paramref name="items"/>.</summary>
    /// <exception cref="ArgumentException">Fewer than two calibrated items, or invalid options.</exception>
    public static DifficultyPriorModel Train(IEnumerable<Item> items, PriorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        options ??= PriorOptions.Default;
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var calibrated = Calibrated(items);
        if (calibrated.Count < 2)
        {
            throw new ArgumentException($"{calibrated.Count} calibrated item(s); a model needs at least 2.", nameof(items));
        }

        return new DifficultyPriorModel(
            FeatureRegression.Train(calibrated, PriorTarget.Difficulty, options),
            FeatureRegression.Train(calibrated, PriorTarget.Discrimination, options));
    }

    /// <summary>The predicted difficulty b of an item.</summary>
    public double Difficulty(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _difficulty.Predict(item);
    }

    /// <summary>The predicted discrimination a of an item (&gt; 0).</summary>
    public double Discrimination(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _discrimination.Predict(item);
    }

    /// <summary>The calibrated items, ordered by id so that folds and fits do not depend on the input order.</summary>
    internal static List<Item> Calibrated(IEnumerable<Item> items) =>
        [.. items.Where(i => i.Irt.Calibrated).OrderBy(i => i.Id, StringComparer.Ordinal)];
}
