using EvalNumerique.Web.Infrastructure;

namespace EvalNumerique.Web.Features.Check;

/// <summary>
/// The versioned JSON API of the check (v1), over the same <see cref="CheckService"/> as the pages,
/// so kiosks, other front ends and load tests can run a check. Problems come back as
/// application/problem+json with 400, 404, 409 or 422 — never a 500 for a bad request.
/// </summary>
public static class CheckApi
{
    public static IEndpointRouteBuilder MapCheckApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/checks").DisableAntiforgery();
        var byCode = api.MapGroup("/{code}").RequireRateLimiting(RateLimits.CheckApi);

        api.MapPost("/", async (StartCheckRequest? request, CheckService checks, Kiosk.KioskMode kiosk, CancellationToken cancel) =>
        {
            // A kiosk front end sends the token its staff member obtained: the check belongs to that structure.
            int? structure = null;
            if (request?.KioskToken is { } token)
            {
                structure = kiosk.StructureOf(token);
                if (structure is null)
                    return Problem(StatusCodes.Status422UnprocessableEntity, "Invalid kiosk token", "The kiosk token is unknown or expired: a staff member must turn kiosk mode on again.");
            }
            var state = await checks.StartAsync(request?.Language ?? "fr", structure, kiosk: structure is not null, cancel: cancel);
            return Results.Created($"/api/v1/checks/{state.ResumeCode}", CheckDto.From(state));
        }).RequireRateLimiting(RateLimits.StartCheck);

        byCode.MapGet("/", (string code, CheckService checks, CancellationToken cancel) =>
            Run(async () => Results.Ok(CheckDto.From(await Find(checks, code, cancel)))));

        byCode.MapGet("/item", (string code, CheckService checks, CancellationToken cancel) => Run(async () =>
        {
            var state = await Find(checks, code, cancel);
            if (state.Stage == Data.CheckStage.Consent)
                return Problem(StatusCodes.Status409Conflict, "Consent first", "The person has not yet said whether their answers may be kept: POST …/consent first.");
            if (state.Stage is Data.CheckStage.Practice or Data.CheckStage.Needs) state = await checks.BeginQuestionsAsync(code, cancel);
            return state.CurrentItem is null || state.Stage == Data.CheckStage.Finished
                ? Problem(StatusCodes.Status409Conflict, "No current question", "The check is finished: ask for its result.")
                : Results.Ok(ItemDto.From(state.CurrentItem));
        }));

        byCode.MapPost("/consent", (string code, ConsentRequest? request, CheckService checks, CancellationToken cancel) => Run(async () =>
        {
            if (request?.Agree is not bool agree) return Problem(StatusCodes.Status422UnprocessableEntity, "Invalid request", "Send {\"agree\": true} or {\"agree\": false}.");
            return Results.Ok(CheckDto.From(await checks.ConsentAsync(code, agree, cancel)));
        }));

        byCode.MapPost("/needs", (string code, NeedsRequest? request, CheckService checks, CancellationToken cancel) => Run(async () =>
        {
            if (request is null) return Problem(StatusCodes.Status400BadRequest, "Missing body", "Send {\"needs\": [...], \"equipment\": {...}}.");
            var state = await checks.SaveNeedsAsync(code, request.Needs ?? [], request.Equipment ?? new Dictionary<string, string>(), cancel);
            return Results.Ok(CheckDto.From(state));
        }));

        byCode.MapPost("/answers", (string code, AnswerRequest? request, CheckService checks, CancellationToken cancel) => Run(async () =>
        {
            if (request?.ItemId is not { Length: > 0 } itemId || request.Response is null)
                return Problem(StatusCodes.Status400BadRequest, "Incomplete answer", "Send {\"itemId\": \"…\", \"response\": {\"dontKnow\": false, \"chosen\": [\"b\"]}}.");
            var outcome = await checks.AnswerAsync(code, itemId, request.Response.ToResponse(), request.ElapsedMilliseconds, cancel);
            return Results.Ok(new AnswerDto(CheckDto.From(outcome.State)));
        }));

        byCode.MapGet("/result", (string code, CheckService checks, CancellationToken cancel) =>
            Run(async () => Results.Ok(await checks.ResultAsync(code, cancel: cancel))));

        return app;
    }

    private static async Task<CheckState> Find(CheckService checks, string code, CancellationToken cancel) =>
        await checks.FindAsync(code, cancel)
            ?? throw new CheckProblemException(CheckProblemKind.NotFound, $"No check has the code '{code}'.");

    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (CheckProblemException e)
        {
            return e.Kind switch
            {
                CheckProblemKind.NotFound => Problem(StatusCodes.Status404NotFound, "Check not found", e.Message),
                CheckProblemKind.Conflict => Problem(StatusCodes.Status409Conflict, "Not the current state of the check", e.Message),
                _ => Problem(StatusCodes.Status422UnprocessableEntity, "Invalid request", e.Message),
            };
        }
    }

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: status);
}
