using EvalNumerique.Web.Features.Mediation.Results;

namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>
/// Reliable change between two checks (Jacobson &amp; Truax, 1991, with each check's own standard
/// error instead of one test reliability): the difference θ₂ − θ₁ counts only when
/// |θ₂ − θ₁| &gt; 1.96·√(SE₁² + SE₂²); below that, the two measures cannot be told apart at 95 %.
/// </summary>
public static class ProgressComparison
{
    public static ProgressChange Compare(MeasuredTheta earlier, MeasuredTheta later)
    {
        double difference = later.Theta - earlier.Theta;
        double threshold = MeasuredTheta.Z95 * Math.Sqrt(earlier.Se * earlier.Se + later.Se * later.Se);
        return new ProgressChange(difference, threshold, Math.Abs(difference) > threshold);
    }

    /// <summary>
    /// For each check of a series (oldest first), the change since the previous check that measured
    /// the domain; null for the first measure and for a check that did not measure it.
    /// </summary>
    public static IReadOnlyList<ProgressChange?> Consecutive(IReadOnlyList<MeasuredTheta?> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var changes = new ProgressChange?[series.Count];
        MeasuredTheta? previous = null;
        for (int i = 0; i < series.Count; i++)
        {
            if (series[i] is not { } current) continue;
            if (previous is { } before) changes[i] = Compare(before, current);
            previous = current;
        }
        return changes;
    }

    /// <summary>The change from the first to the last measure of a series, or null with fewer than two measures.</summary>
    public static ProgressChange? FirstToLast(IReadOnlyList<MeasuredTheta?> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var measured = series.OfType<MeasuredTheta>().ToList();
        return measured.Count < 2 ? null : Compare(measured[0], measured[^1]);
    }
}
