namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>Everything a history chart draws, in SVG coordinates: the plot area, the level bands, the checks on the time axis, the measures and the lines between them.</summary>
public sealed record HistoryChartLayout(
    double Width,
    double Height,
    double PlotLeft,
    double PlotTop,
    double PlotRight,
    double PlotBottom,
    IReadOnlyList<ChartBand> Bands,
    IReadOnlyList<ChartTick> Ticks,
    IReadOnlyList<PlottedPoint> Points,
    IReadOnlyList<ChartSegment> Segments);
