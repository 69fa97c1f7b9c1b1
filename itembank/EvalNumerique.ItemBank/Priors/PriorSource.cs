namespace EvalNumerique.ItemBank.Priors;

/// <summary>Where a prior mean comes from.</summary>
public enum PriorSource
{
    /// <summary>The fixed rule: b from the expert level, a from the type (<see cref="Items.PriorParameters"/>).</summary>
    Rule,
    /// <summary>The feature model trained on calibrated items (<see cref="DifficultyPriorModel"/>).</summary>
    FeatureModel,
}
