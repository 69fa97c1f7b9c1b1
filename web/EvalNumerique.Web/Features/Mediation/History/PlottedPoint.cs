namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>A measure drawn on a history chart: the point (X, Y) and its 95 % interval bar from YLow to YHigh (SVG y grows downwards: YHigh ≤ Y ≤ YLow).</summary>
/// <param name="Index">Position of the check in date order.</param>
/// <param name="X">Horizontal position.</param>
/// <param name="Y">Vertical position of θ.</param>
/// <param name="YLow">Vertical position of the interval's lower end.</param>
/// <param name="YHigh">Vertical position of the interval's upper end.</param>
/// <param name="Clipped">Part of the interval lies outside the drawn θ range.</param>
public sealed record PlottedPoint(int Index, double X, double Y, double YLow, double YHigh, bool Clipped);
