using EvalNumerique.Web.Features.Mediation.Results;

namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>
/// The geometry of a domain's progress chart: θ upwards over the drawn range of
/// <see cref="LevelBands"/> with the four bands shaded, checks from left to right in date order.
/// Checks are evenly spaced (their dates are written under them): two checks a day apart stay
/// readable next to checks a year apart. A check that did not measure the domain keeps its place
/// on the axis but has no point, and the line is broken there.
/// </summary>
public static class HistoryChart
{
    public const double DefaultWidth = 320;
    public const double DefaultHeight = 180;

    // Room for the θ labels on the left and the dates below.
    private const double MarginLeft = 34;
    private const double MarginRight = 12;
    private const double MarginTop = 8;
    private const double MarginBottom = 28;

    public static HistoryChartLayout Layout(IReadOnlyList<HistoryPoint> checks, double width = DefaultWidth, double height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(checks);
        double left = MarginLeft, right = width - MarginRight, top = MarginTop, bottom = height - MarginBottom;
        var y = new LinearScale(LevelBands.ThetaMin, LevelBands.ThetaMax, bottom, top);

        var bands = Enumerable.Range(1, 4).Select(level =>
        {
            var (from, to) = LevelBands.RangeOf(level);
            return new ChartBand(level, y.Map(to), y.Map(from) - y.Map(to));
        }).ToList();

        var ordered = checks.OrderBy(c => c.Date).ToList();
        var ticks = ordered.Select((c, i) => new ChartTick(i, XOf(i, ordered.Count, left, right), c.Date)).ToList();

        var points = new List<PlottedPoint>();
        var segments = new List<ChartSegment>();
        PlottedPoint? previous = null;
        for (int i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Measure is not { } measure)
            {
                previous = null; // a check without this domain breaks the line
                continue;
            }
            var point = new PlottedPoint(i, ticks[i].X, y.Map(measure.Theta), y.Map(measure.Lower), y.Map(measure.Upper),
                y.Clips(measure.Lower) || y.Clips(measure.Upper));
            if (previous is not null) segments.Add(new ChartSegment(previous.X, previous.Y, point.X, point.Y));
            points.Add(point);
            previous = point;
        }
        return new HistoryChartLayout(width, height, left, top, right, bottom, bands, ticks, points, segments);
    }

    /// <summary>Evenly spaced, with a half step of room at both ends; a single check sits in the middle.</summary>
    private static double XOf(int index, int count, double left, double right) =>
        left + (index + 0.5) * (right - left) / count;
}
