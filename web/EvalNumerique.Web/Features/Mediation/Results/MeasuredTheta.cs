using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>
/// An ability estimate θ with its standard error SE (the literature's names), its 95 % confidence
/// interval [θ − 1.96·SE, θ + 1.96·SE] and the level bands of <see cref="CheckSettings.LevelOf"/>
/// that the interval reaches: when it reaches two bands or more, the level is uncertain between them.
/// </summary>
public readonly record struct MeasuredTheta(double Theta, double Se)
{
    /// <summary>z of a two-sided 95 % normal interval.</summary>
    public const double Z95 = 1.96;

    public double Lower => Theta - Z95 * Se;

    public double Upper => Theta + Z95 * Se;

    /// <summary>The level of the estimate itself.</summary>
    public int Level => CheckSettings.LevelOf(Theta);

    /// <summary>The level of the interval's lower end.</summary>
    public int LowestLevel => CheckSettings.LevelOf(Lower);

    /// <summary>The level of the interval's upper end.</summary>
    public int HighestLevel => CheckSettings.LevelOf(Upper);

    /// <summary>The interval straddles at least one level boundary.</summary>
    public bool IsUncertain => LowestLevel != HighestLevel;
}
