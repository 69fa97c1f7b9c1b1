using EvalNumerique.Web.Features.Accounts;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>The CSV download of the filtered audit log, for admins.</summary>
public static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/admin/audit.csv", async (DateOnly? from, DateOnly? to, string? action, string? user, int? structure,
            HttpContext http, AuditLogReader reader, CancellationToken cancel) =>
        {
            var file = await reader.CsvAsync(new AuditQuery(from, to, action, user, structure), cancel);
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization(StaffRoles.AdminPolicy);
        return app;
    }
}
