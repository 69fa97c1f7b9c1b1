namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// The cross-validated errors of the feature model and of the rule for one parameter, on the same folds
/// (logits for b, ln a for a). The rule has nothing to fit, so its error is simply its error on every item.
/// </summary>
/// <param name="Target">The parameter.</param>
/// <param name="Model">Pooled out-of-fold errors of the feature model.</param>
/// <param name="Rule">Errors of the rule on the same items.</param>
/// <param name="ModelFoldRmse">The model's RMSE in each test fold.</param>
/// <param name="RuleFoldRmse">The rule's RMSE in each test fold.</param>
public sealed record TargetComparison(
    PriorTarget Target,
    PredictionErrors Model,
    PredictionErrors Rule,
    IReadOnlyList<double> ModelFoldRmse,
    IReadOnlyList<double> RuleFoldRmse)
{
    /// <summary>Whether the model's RMSE is at least <paramref name="requiredImprovement"/> (a fraction) below the rule's.</summary>
    public bool ModelWins(double requiredImprovement) => Model.Rmse < (1 - requiredImprovement) * Rule.Rmse;

    /// <summary>The relative change of RMSE, model against rule (negative when the model is better).</summary>
    public double RelativeChange => Model.Rmse / Rule.Rmse - 1;
}
