using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Priors;
using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>
/// After a run: trains the ML.NET feature model on the items this run calibrated (their new
/// parameters), compares it with the level rule by cross-validation, and — only when the model
/// wins — stores its predicted a and b for the items left uncalibrated, which then replace the
/// files' expert guesses when the run is accepted. With the level rule, those items keep theirs.
/// </summary>
public static class CalibrationPriors
{
    public static PriorsSummary Apply(CalibrationRun run, IReadOnlyList<Item> bankItems)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(bankItems);
        var results = run.Items.ToDictionary(i => i.ItemId, StringComparer.Ordinal);
        var items = bankItems.Select(item => results.TryGetValue(item.Id, out var r) && !r.IsAnchor
            ? item with { Irt = item.Irt with { A = r.NewA, B = r.NewB, C = r.NewC, Calibrated = true } }
            : item with { Irt = item.Irt with { Calibrated = false } }).ToList();
        var comparison = PriorComparison.Run(items);
        var choice = comparison.Choose();
        bool forB = choice.Difficulty.Source == PriorSource.FeatureModel, forA = choice.Discrimination.Source == PriorSource.FeatureModel;
        if (forB || forA)
        {
            foreach (var item in items.Where(i => !i.Irt.Calibrated && results.ContainsKey(i.Id)))
            {
                var prior = choice.PriorFor(item);
                var result = results[item.Id];
                if (forB) result.PriorB = prior.DifficultyMean;
                if (forA) result.PriorA = prior.DiscriminationMean;
            }
        }
        return new PriorsSummary(
            comparison.CalibratedCount,
            comparison.Difficulty?.Model.Rmse,
            comparison.Difficulty?.Rule.Rmse,
            comparison.Discrimination?.Model.Rmse,
            comparison.Discrimination?.Rule.Rmse,
            forB,
            forA,
            choice.Difficulty.Reason);
    }
}
