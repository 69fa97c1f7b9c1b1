using EvalNumerique.Web.Features.Accounts;

namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>
/// The download of a person's accompaniments for La Coop de la médiation numérique. The policy keeps
/// out anonymous users and other roles; the service checks that the person is in the staff member's structures.
/// </summary>
public static class ReferralInteropEndpoints
{
    public const string PathTemplate = "/mediation/people/{id:guid}/accompaniments.csv";

    /// <summary>The link of a person's file ("/mediation/people/…/accompaniments.csv").</summary>
    public static string PathOf(Guid personId) => $"/mediation/people/{personId}/accompaniments.csv";

    public static IEndpointRouteBuilder MapReferralInterop(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(PathTemplate, async (Guid id, HttpContext http, StaffAccess access, CoopAccompanimentExport export, CancellationToken cancel) =>
        {
            var scope = await access.ScopeAsync(http.User, cancel);
            // Not told apart from a record that does not exist: another structure's people are not even confirmed to exist.
            var file = scope is null ? null : await export.CsvAsync(scope, id, cancel);
            if (file is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person in your structures.");
            // Personal data: no copy in a browser or proxy cache.
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).RequireAuthorization(StaffRoles.MediationPolicy);
        return app;
    }
}
