namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>A line between two consecutive measures of a history chart.</summary>
public sealed record ChartSegment(double X1, double Y1, double X2, double Y2);
