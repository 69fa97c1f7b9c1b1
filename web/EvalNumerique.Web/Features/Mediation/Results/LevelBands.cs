namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>
/// The four level bands on the θ scale as the charts draw them: the boundaries of
/// <see cref="Check.CheckSettings.LevelOf"/> (−1, 0, 1) inside a drawn range of [−3, 3], where
/// nearly every estimate of a short check falls (values outside are drawn at the edge).
/// </summary>
public static class LevelBands
{
    public const double ThetaMin = -3;

    public const double ThetaMax = 3;

    /// <summary>Where level k + 1 begins, for k = 1, 2, 3.</summary>
    public static IReadOnlyList<double> Boundaries { get; } = [-1, 0, 1];

    /// <summary>The θ range of a level (1–4), cut to the drawn range.</summary>
    public static (double From, double To) RangeOf(int level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 4);
        double from = level == 1 ? ThetaMin : Boundaries[level - 2];
        double to = level == 4 ? ThetaMax : Boundaries[level - 1];
        return (from, to);
    }
}
