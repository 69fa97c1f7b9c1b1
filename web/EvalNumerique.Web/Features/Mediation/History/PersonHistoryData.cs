namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>A person's finished checks, oldest first, and each domain across them.</summary>
public sealed record PersonHistoryData(Guid BeneficiaryId, IReadOnlyList<HistoryCheck> Checks, IReadOnlyList<DomainHistory> Domains)
{
    /// <summary>The chart points of a domain: one per check, in the order of <see cref="Checks"/>.</summary>
    public IReadOnlyList<HistoryPoint> PointsOf(DomainHistory domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        return [.. Checks.Select((check, i) => new HistoryPoint(check.Date, domain.Measures[i]))];
    }
}
