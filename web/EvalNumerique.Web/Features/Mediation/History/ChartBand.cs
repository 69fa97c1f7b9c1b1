namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>The shaded rectangle of a level band behind a history chart.</summary>
public sealed record ChartBand(int Level, double Y, double Height);
