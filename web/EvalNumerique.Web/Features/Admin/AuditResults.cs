using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>One page of the filtered audit log, and how many entries match in all.</summary>
public sealed record AuditResults(IReadOnlyList<AuditEntry> Entries, int Total, int Page)
{
    public int PageCount => Math.Max(1, (Total + AuditQuery.PageSize - 1) / AuditQuery.PageSize);
}
