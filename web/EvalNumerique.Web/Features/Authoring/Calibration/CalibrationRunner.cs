using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.ItemQuality;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>
/// Calibrates the live items on the collected answers. Items with fewer than
/// <see cref="MinAnswers"/> answers are held at their current parameters as anchors (fixed-parameter
/// calibration): they keep the scale of the bank, and the population's mean and SD are then
/// estimated rather than assumed N(0, 1). The items' quality (classical statistics, fit, DIF by
/// age, French and structure, exposure) is measured with the new parameters.
/// </summary>
public static class CalibrationRunner
{
    /// <summary>
    /// Below this many answers an item keeps its parameters. On the demo's simulated adaptive data
    /// (900 checks, c held, see <see cref="CalibrationModels.Auto"/>) the RMSE of the calibrated b
    /// against the simulated truth was 0.37 for items with 50+ answers (the files' guesses: 0.38)
    /// and 0.17 for items with 100+ answers (files: 0.40).
    /// </summary>
    public const int MinAnswers = 100;

    /// <summary>
    /// Options of a run on collected answers: the engine's defaults (61 nodes on [−6, 6], no prior
    /// on a or b — priors log-normal(0, 0.5) on a and N(0, 2) on b raised that RMSE from 0.17 to
    /// 0.22 by pulling towards the prior's centre); with anchors, the population's mean and SD are
    /// estimated instead of assumed N(0, 1).
    /// </summary>
    public static CalibrationOptions Options(bool anchored) => CalibrationOptions.Default with { EstimateLatentDistribution = anchored };

    public static CalibrationOutcome Run(CollectedAnswers data, ItemPool pool, string model, IProgress<CalibrationProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(pool);
        if (!CalibrationModels.IsKnown(model)) throw new CalibrationRefusedException($"Unknown model {model}; use one of {string.Join(", ", CalibrationModels.All)}.");
        var matrix = new ResponseMatrix(pool.Count, data.Persons);
        var counts = new int[pool.Count];
        foreach (var person in data.Persons)
            foreach (var answer in person) counts[answer.Item]++;
        var items = new List<CalibrationItem>(pool.Count);
        for (int i = 0; i < pool.Count; i++)
        {
            var current = pool[i];
            items.Add(counts[i] < MinAnswers ? CalibrationModels.Anchor(pool.Ids[i], current) : CalibrationModels.Estimated(model, pool.Ids[i], current));
        }
        int free = items.Count(i => i.Anchor is null);
        if (free == 0)
            throw new CalibrationRefusedException($"No item has {MinAnswers} answers yet ({data.AnswerCount} answers from {data.Persons.Count} checks): wait for more checks.");
        bool anchored = free < items.Count;
        var result = MmlEm.Calibrate(items, matrix, Options(anchored), progress, cancel);

        var calibrated = new ItemPool([.. result.Items.Select((item, i) => new PoolItem(item.Id, item.Parameters, pool.Domains[pool.DomainOf(i)]))]);
        var groupings = data.Groups.Select(g => g.Key switch
        {
            CollectedAnswers.AgeGrouping => new DifGrouping(g.Key, CollectedAnswers.Under60, CollectedAnswers.From60, g.Value),
            CollectedAnswers.LanguageGrouping => new DifGrouping(g.Key, CollectedAnswers.FrenchEasy, CollectedAnswers.FrenchHard, g.Value),
            _ => new DifGrouping(g.Key, CollectedAnswers.OtherDesk, CollectedAnswers.SocialDesk, g.Value),
        }).ToList();
        var quality = ItemQualityReport.Compute(new ItemQualityInput(calibrated, new ResponseSet(pool.Count, data.Persons))
        {
            Groupings = groupings,
            Checks = data.Persons.Count,
        });
        return new CalibrationOutcome(result, quality, data.Persons.Count, data.AnswerCount);
    }
}
