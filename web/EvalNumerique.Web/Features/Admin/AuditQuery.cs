using System.Globalization;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>A filter on the audit log: dates (UTC days, both included), action, user name (part of), structure; sort; page (from 1).</summary>
public sealed record AuditQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Action = null,
    string? User = null,
    int? StructureId = null,
    AuditSort Sort = AuditSort.At,
    bool Descending = true,
    int Page = 1)
{
    public const int PageSize = 50;

    /// <summary>The CSV download of the same filter.</summary>
    public string CsvPath()
    {
        var parts = new List<string>();
        if (From is { } from) parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (To is { } to) parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Action is { } action) parts.Add("action=" + Uri.EscapeDataString(action));
        if (User is { } user) parts.Add("user=" + Uri.EscapeDataString(user));
        if (StructureId is int structure) parts.Add("structure=" + structure.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "/admin/audit.csv" : "/admin/audit.csv?" + string.Join('&', parts);
    }
}
