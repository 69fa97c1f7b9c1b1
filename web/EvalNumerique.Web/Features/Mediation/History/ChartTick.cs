namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>A check's place on the horizontal axis, with its date, whether or not it measured the domain.</summary>
public sealed record ChartTick(int Index, double X, DateTimeOffset Date);
