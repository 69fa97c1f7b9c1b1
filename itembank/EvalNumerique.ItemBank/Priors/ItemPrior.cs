using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// The prior of an uncalibrated item's parameters for its calibration: b ~ N(<see cref="DifficultyMean"/>,
/// <see cref="DifficultySd"/>²) and ln a ~ N(ln <see cref="DiscriminationMean"/>, <see cref="LogDiscriminationSd"/>²)
/// (the log-normal slope prior of BILOG-MG and mirt). The means come from whichever of rule and feature model
/// won the cross-validation, the SDs are the winner's CV RMSE, so a prior is as tight as its track record.
/// </summary>
/// <param name="DifficultyMean">Prior mean of b.</param>
/// <param name="DifficultySd">Prior SD of b, in logits.</param>
/// <param name="DifficultySource">Where the mean of b comes from.</param>
/// <param name="DiscriminationMean">Prior median of a (the mean of ln a is its log).</param>
/// <param name="LogDiscriminationSd">Prior SD of ln a.</param>
/// <param name="DiscriminationSource">Where the median of a comes from.</param>
public sealed record ItemPrior(
    double DifficultyMean,
    double DifficultySd,
    PriorSource DifficultySource,
    double DiscriminationMean,
    double LogDiscriminationSd,
    PriorSource DiscriminationSource)
{
    /// <summary>The prior of an item under a choice.</summary>
    public static ItemPrior For(Item item, PriorChoice choice)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(choice);
        var b = choice.Difficulty.Source == PriorSource.FeatureModel
            ? choice.Model!.Difficulty(item)
            : PriorTarget.Difficulty.Rule(item);
        var a = choice.Discrimination.Source == PriorSource.FeatureModel
            ? choice.Model!.Discrimination(item)
            : PriorTarget.Discrimination.Rule(item);
        return new ItemPrior(b, choice.Difficulty.Sd, choice.Difficulty.Source, a, choice.Discrimination.Sd, choice.Discrimination.Source);
    }
}
