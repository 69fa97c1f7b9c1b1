using System.Globalization;
using EvalNumerique.Web.Infrastructure;
using EvalNumerique.Web.Features.Accounts;

namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// The downloads of the mediator space: a structure's pseudonymous CSV and one person's file. The
/// policy keeps out anonymous users and other roles; the services check membership of the structure.
/// </summary>
public static class PrivacyEndpoints
{
    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var mediation = app.MapGroup("/mediation").RequireAuthorization(StaffRoles.MediationPolicy);

        mediation.MapGet("/exports/{structureId:int}.csv", async (int structureId, DateOnly? from, DateOnly? to, HttpContext http,
            StaffAccess access, StructureExport export, CancellationToken cancel) =>
        {
            var scope = await access.ScopeAsync(http.User, cancel);
            if (scope is null || !scope.Sees(structureId)) return NotYourStructure();
            var file = await export.CsvAsync(scope, structureId, from, to, cancel);
            return file is null ? NotYourStructure() : Download(http, file);
        });

        mediation.MapGet("/people/{id:guid}/export", async (Guid id, HttpContext http, StaffAccess access, PersonExport export, CancellationToken cancel) =>
        {
            var scope = await access.ScopeAsync(http.User, cancel);
            if (scope is null) return NotYourStructure();
            string language = UiLanguage.Current;
            // Not told apart from a record that does not exist: another structure's people are not even confirmed to exist.
            var file = await export.JsonAsync(scope, id, language, cancel);
            return file is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person in your structures.")
                : Download(http, file);
        });
        return app;
    }

    private static IResult NotYourStructure() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You are not a member of this structure.");

    private static IResult Download(HttpContext http, ExportFile file)
    {
        // Personal data: no copy in a browser or proxy cache.
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
