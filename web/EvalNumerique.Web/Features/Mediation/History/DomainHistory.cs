using EvalNumerique.Web.Features.Mediation.Results;

namespace EvalNumerique.Web.Features.Mediation.History;

/// <summary>A domain across a person's checks: one measure per check (null when the check did not measure it), oldest first.</summary>
public sealed record DomainHistory(string DomainId, string Name, IReadOnlyList<MeasuredTheta?> Measures)
{
    /// <summary>Change since the previous measure, per check (null for the first measure and for gaps).</summary>
    public IReadOnlyList<ProgressChange?> Changes => ProgressComparison.Consecutive(Measures);

    /// <summary>Change from the first to the last measure, when there are two or more.</summary>
    public ProgressChange? FirstToLast => ProgressComparison.FirstToLast(Measures);
}
