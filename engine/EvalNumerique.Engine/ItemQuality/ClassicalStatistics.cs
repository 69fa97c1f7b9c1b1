namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// Classical item statistics on sparse data. For item i answered by persons n = 1…N with scores
/// xₙ ∈ {0, 1} and criterion values yₙ:
/// <list type="bullet">
/// <item>p-value p = Σxₙ / N, the proportion correct;</item>
/// <item>point-biserial r_pb = Pearson correlation of x and y
/// = (ȳ₁ − ȳ)/s_y·√(p/(1 − p)) with population SDs (Lord &amp; Novick, 1968, §15.3).</item>
/// </list>
/// The criterion is the person's θ estimate, not the sum score: in an adaptive check each person
/// answers different items of different difficulty, so a number-correct score does not order persons
/// (everyone gets about half right by design), whereas θ̂ is on the bank's common scale. Expect lower
/// values than on a fixed form: the persons who see an item have θ̂ close to its difficulty (range
/// restriction), and θ̂ is an estimate from few items. For complete data the corrected item-total
/// correlation (item against the sum of the other items, so the item does not correlate with itself;
/// Henrysson, 1963) is given as well.
/// </summary>
public static class ClassicalStatistics
{
    /// <summary>The statistics of one item; <paramref name="criterion"/> holds one value per person of the set.</summary>
    public static ClassicalItemStatistics Compute(ResponseSet responses, int item, IReadOnlyList<double> criterion)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(criterion);
        var answers = responses.OfItem(item);
        if (answers.Length == 0) return new ClassicalItemStatistics(0, null, null, null);

        var scores = new double[answers.Length];
        var values = new double[answers.Length];
        int right = 0;
        for (int n = 0; n < answers.Length; n++)
        {
            scores[n] = answers[n].Score;
            values[n] = criterion[answers[n].Person];
            right += answers[n].Score;
        }
        double? pointBiserial = Pearson(scores, values);

        double? corrected = null;
        if (responses.IsComplete)
        {
            var rest = new double[answers.Length];
            for (int n = 0; n < answers.Length; n++)
                rest[n] = responses.SumScore(answers[n].Person) - answers[n].Score;
            corrected = Pearson(scores, rest);
        }
        return new ClassicalItemStatistics(answers.Length, (double)right / answers.Length, pointBiserial, corrected);
    }

    /// <summary>Pearson's r of two equally long series (two-pass, centred); null when either has no variance.</summary>
    public static double? Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length != y.Length) throw new ArgumentException("The two series must have the same length.", nameof(y));
        int n = x.Length;
        if (n < 2) return null;
        double meanX = 0, meanY = 0;
        for (int i = 0; i < n; i++) { meanX += x[i]; meanY += y[i]; }
        meanX /= n;
        meanY /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - meanX, dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx <= 0 || syy <= 0) return null;
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }
}
