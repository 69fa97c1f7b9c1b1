using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// What <see cref="PriorComparison.Choose"/> decided for b and for a, with the model trained on every
/// calibrated item when either uses it. <see cref="PriorFor"/> gives the prior of a new item.
/// </summary>
public sealed class PriorChoice
{
    internal PriorChoice(PriorDecision difficulty, PriorDecision discrimination, DifficultyPriorModel? model)
    {
        if ((difficulty.Source == PriorSource.FeatureModel || discrimination.Source == PriorSource.FeatureModel) && model is null)
        {
            throw new ArgumentException("A feature-model decision needs the trained model.", nameof(model));
        }

        Difficulty = difficulty;
        Discrimination = discrimination;
        Model = model;
    }

    /// <summary>The decision for b.</summary>
    public PriorDecision Difficulty { get; }

    /// <summary>The decision for a.</summary>
    public PriorDecision Discrimination { get; }

    /// <summary>The model trained on every calibrated item, or <see langword="null"/> when both use the rule.</summary>
    public DifficultyPriorModel? Model { get; }

    /// <summary>The prior of an (uncalibrated) item under this choice.</summary>
    public ItemPrior PriorFor(Item item) => ItemPrior.For(item, this);
}
