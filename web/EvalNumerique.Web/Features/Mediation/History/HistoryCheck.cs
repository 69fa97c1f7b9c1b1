using EvalNumerique.Web.Features.Mediation.Results;

namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>A finished check in a person's history.</summary>
/// <param name="CheckId">The check.</param>
/// <param name="Date">When it finished.</param>
/// <param name="Overall">The overall estimate.</param>
/// <param name="Questions">Questions answered.</param>
public sealed record HistoryCheck(Guid CheckId, DateTimeOffset Date, MeasuredTheta Overall, int Questions);
