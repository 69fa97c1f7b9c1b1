namespace EvalNumerique.ItemBank.Priors;

/// <summary>Which IRT parameter a prior is for (the literature's names: <c>b</c> difficulty, <c>a</c> discrimination).</summary>
public enum PriorTarget
{
    /// <summary>Difficulty <c>b</c>; the rule is b from the expert level, errors are in logits.</summary>
    Difficulty,
    /// <summary>Discrimination <c>a</c>; the rule is a from the type, errors are on the ln a scale.</summary>
    Discrimination,
}
