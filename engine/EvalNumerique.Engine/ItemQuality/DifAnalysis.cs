namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// Mantel–Haenszel DIF of one item for one grouping: persons of the grouping who answered the item
/// are put in strata of the matching variable (<see cref="MatchingStrata"/>: the sum score for
/// complete data, θ̂ bands for adaptive data), then <see cref="MantelHaenszel"/> and
/// <see cref="EtsClassification"/> are applied.
/// </summary>
public static class DifAnalysis
{
    /// <summary>The DIF of <paramref name="item"/>; <paramref name="thetas"/> holds one θ̂ per person.</summary>
    public static ItemDif Compute(ResponseSet responses, int item, IReadOnlyList<double> thetas, DifGrouping grouping, ItemQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(thetas);
        ArgumentNullException.ThrowIfNull(grouping);
        ArgumentNullException.ThrowIfNull(options);
        bool bySumScore = options.Matching switch
        {
            DifMatching.SumScore when !responses.IsComplete =>
                throw new ArgumentException("Sum-score matching needs complete data: every person must answer every item.", nameof(options)),
            DifMatching.SumScore => true,
            DifMatching.ThetaBands => false,
            _ => responses.IsComplete,
        };

        var answers = new List<(long Key, bool Focal, bool Right)>();
        int reference = 0, focal = 0;
        foreach (var answer in responses.OfItem(item))
        {
            if (grouping.IsFocal(answer.Person) is not { } isFocal) continue;
            long key = bySumScore
                ? responses.SumScore(answer.Person)
                : MatchingStrata.ThetaBand(thetas[answer.Person], options.ThetaBandWidth);
            answers.Add((key, isFocal, answer.Score == 1));
            if (isFocal) focal++; else reference++;
        }

        var strata = MatchingStrata.Build(answers, options.MinStratumAnswers);
        var statistics = MantelHaenszel.Compute(strata);
        EtsClass? etsClass = statistics is { } s && reference >= options.MinDifAnswersPerGroup && focal >= options.MinDifAnswersPerGroup
            ? EtsClassification.Classify(s, options.DifSignificance)
            : null;
        return new ItemDif(grouping.Name, reference, focal, statistics, etsClass);
    }
}
