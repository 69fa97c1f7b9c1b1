using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// Item quality of a whole bank in one call: per item the classical statistics
/// (<see cref="ClassicalStatistics"/>), infit/outfit (<see cref="ItemFit"/>), S-X² on complete data
/// (<see cref="SumScoreFit"/>; reported, not flagged), Mantel–Haenszel DIF for
/// every grouping (<see cref="DifAnalysis"/>), the exposure rate (administrations / checks) and the
/// review flags (<see cref="ReviewRules"/>). Deterministic: no randomness, items in bank order.
/// </summary>
/// <param name="Items">One entry per item, in bank order.</param>
/// <param name="Thetas">The θ̂ used as criterion and matching variable, one per person (given, or estimated: EAP by default).</param>
/// <param name="Checks">The denominator of the exposure rates.</param>
public sealed record ItemQualityReport(IReadOnlyList<ItemQualityResult> Items, IReadOnlyList<double> Thetas, int Checks)
{
    /// <summary>
    /// Computes the report. Throws <see cref="ArgumentException"/> when the input is inconsistent
    /// (answers to a different bank size, θ̂ or group labels not one per person, invalid options).
    /// </summary>
    public static ItemQualityReport Compute(ItemQualityInput input, ItemQualityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= ItemQualityOptions.Default;
        if (options.Problem() is { } problem) throw new ArgumentException($"Invalid options: {problem}.", nameof(options));
        var (pool, responses) = (input.Pool, input.Responses);
        if (responses.ItemCount != pool.Count)
            throw new ArgumentException($"The answers refer to {responses.ItemCount} items; the bank has {pool.Count}.", nameof(input));
        if (input.Thetas is { } given && given.Count != responses.PersonCount)
            throw new ArgumentException($"There are {given.Count} θ estimates for {responses.PersonCount} persons.", nameof(input));
        if (input.Thetas?.Any(t => !double.IsFinite(t)) == true)
            throw new ArgumentException("Every θ estimate must be a finite number.", nameof(input));
        foreach (var grouping in input.Groupings)
            if (grouping.Labels.Count != responses.PersonCount)
                throw new ArgumentException($"Grouping '{grouping.Name}' has {grouping.Labels.Count} labels for {responses.PersonCount} persons.", nameof(input));
        int checks = input.Checks ?? responses.PersonCount;
        if (checks < 1) throw new ArgumentException("The number of checks must be at least 1.", nameof(input));
        int mostGiven = Enumerable.Range(0, pool.Count).Select(i => responses.OfItem(i).Length).DefaultIfEmpty(0).Max();
        if (checks < mostGiven)
            throw new ArgumentException($"An item was given {mostGiven} times in only {checks} checks; an item is given at most once per check.", nameof(input));

        var thetas = input.Thetas ?? EstimateThetas(pool, responses, options.Estimation);
        var sumScoreFit = SumScoreFit.Compute(pool, responses, options);
        var items = new ItemQualityResult[pool.Count];
        for (int item = 0; item < pool.Count; item++)
        {
            var classical = ClassicalStatistics.Compute(responses, item, thetas);
            var fit = ItemFit.Compute(pool, responses, item, thetas);
            var dif = input.Groupings.Select(g => DifAnalysis.Compute(responses, item, thetas, g, options)).ToArray();
            int administrations = responses.OfItem(item).Length;
            double exposure = (double)administrations / checks;
            items[item] = new ItemQualityResult(pool.Ids[item], classical, fit, sumScoreFit?[item], dif, administrations, exposure,
                ReviewRules.Flags(classical, fit, dif, exposure, options));
        }
        return new ItemQualityReport(items, thetas, checks);
    }

    /// <summary>θ̂ of every person from their own answers, by <see cref="EstimationOptions.Method"/> (EAP by default: finite for every pattern, the prior mean for a person with none).</summary>
    public static double[] EstimateThetas(ItemPool pool, ResponseSet responses, EstimationOptions estimation)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(estimation);
        var thetas = new double[responses.PersonCount];
        for (int person = 0; person < thetas.Length; person++)
            thetas[person] = Estimator.Estimate(pool, responses.OfPerson(person), estimation).Theta;
        return thetas;
    }
}
