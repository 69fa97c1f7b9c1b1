using EvalNumerique.Web.Features.Mediation.Results;

namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>One check of a person on a domain's chart: its date and the domain's measure, null when the check did not measure the domain.</summary>
public sealed record HistoryPoint(DateTimeOffset Date, MeasuredTheta? Measure);
