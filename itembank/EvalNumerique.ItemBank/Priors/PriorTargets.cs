using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// The fixed rule of each <see cref="PriorTarget"/> (<see cref="PriorParameters"/>, FORMAT.md "Prior IRT
/// parameters") and the residual the feature model learns from it. The model predicts the residual, not the
/// parameter, so a regularised model that learns nothing falls back to the rule:
/// difficulty r = b − b_rule(level), b = b_rule + r; discrimination r = ln(a / a_rule(type)), a = a_rule · eʳ
/// (ln a because a is positive and its usual prior is log-normal).
/// </summary>
public static class PriorTargets
{
    /// <summary>The rule's value for an item: b from the level, or a from the type.</summary>
    public static double Rule(this PriorTarget target, Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return target switch
        {
            PriorTarget.Difficulty => PriorParameters.Difficulty(item.Level),
            PriorTarget.Discrimination => PriorParameters.Discrimination(item.Type),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Unknown prior target."),
        };
    }

    /// <summary>The item's written (calibrated) value: <c>irt.b</c> or <c>irt.a</c>.</summary>
    public static double Observed(this PriorTarget target, Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return target == PriorTarget.Difficulty ? item.Irt.B : item.Irt.A;
    }

    /// <summary>The residual of a value from the rule: b − b_rule, or ln(a / a_rule).</summary>
    public static double ToResidual(this PriorTarget target, double value, double rule) =>
        target == PriorTarget.Difficulty ? value - rule : Math.Log(value / rule);

    /// <summary>The value for a residual: b_rule + r, or a_rule · eʳ.</summary>
    public static double FromResidual(this PriorTarget target, double residual, double rule) =>
        target == PriorTarget.Difficulty ? rule + residual : rule * Math.Exp(residual);

    /// <summary>The item's observed residual from the rule.</summary>
    public static double ObservedResidual(this PriorTarget target, Item item) =>
        target.ToResidual(target.Observed(item), target.Rule(item));
}
