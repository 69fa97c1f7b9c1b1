using EvalNumerique.Web.Features.Accounts;

namespace EvalNumerique.Web.Features.Kiosk;

/// <summary>
/// For kiosk front ends that use the JSON API (and the load test): a staff member of a structure
/// obtains the structure's kiosk token, then the device starts checks with it
/// (<c>POST /api/v1/checks {"kioskToken": …}</c>).
/// </summary>
public static class KioskApi
{
    /// <summary>Body of POST /api/v1/kiosk-tokens (structure optional for a member of one structure).</summary>
    public sealed record KioskTokenRequest(int? StructureId);

    /// <summary>The token, its structure and when it stops working.</summary>
    public sealed record KioskTokenDto(string Token, int StructureId, DateTimeOffset ExpiresAt);

    public static IEndpointRouteBuilder MapKioskApi(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/api/v1/kiosk-tokens", async (KioskTokenRequest? request, HttpContext http, StaffAccess access, KioskMode kiosk,
            AuditLog audit, TimeProvider clock, CancellationToken cancel) =>
        {
            var scope = await access.ScopeAsync(http.User, cancel);
            // Without a structure id, the member of exactly one structure gets that one.
            int? wanted = request?.StructureId ?? (scope?.StructureIds.Count == 1 ? scope.StructureIds.Single() : null);
            if (scope is null || wanted is not int structureId || !scope.Sees(structureId))
                return Results.Problem(title: "Not your structure", detail: "Ask for a kiosk token of a structure you belong to.", statusCode: StatusCodes.Status403Forbidden);
            await audit.RecordAsync(scope, AuditActions.CreatedKioskToken, "structure", structureId.ToString(System.Globalization.CultureInfo.InvariantCulture), structureId, cancel: cancel);
            return Results.Ok(new KioskTokenDto(kiosk.TokenFor(structureId), structureId, clock.GetUtcNow() + KioskMode.Lifetime));
        }).RequireAuthorization(StaffRoles.MediationPolicy).DisableAntiforgery();
        return app;
    }
}
