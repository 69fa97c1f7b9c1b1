using EvalNumerique.Web.Features.Accounts;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>The CSV download of the filtered audit log, for admins.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/admin/audit.csv", async (DateOnly? from, DateOnly? to, string? action, string? user, int? structure,
            HttpContext http, AuditLogReader reader, StaffAccess access, AuditLog audit, CancellationToken cancel) =>
        {
            var query = new AuditQuery(from, to, action, user, structure);
            var file = await reader.CsvAsync(query, cancel);
            // Reading the log is itself logged: the log names people's pseudonyms and staff activity.
            await audit.RecordAsync(await access.ScopeAsync(http.User, cancel), AuditActions.ExportedAudit, "audit", detail: query.CsvPath(), cancel: cancel);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization(StaffRoles.AdminPolicy);
        return app;
    }
}
