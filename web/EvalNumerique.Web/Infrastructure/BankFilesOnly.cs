namespace EvalNumerique.Web.Infrastructure;

/// <summary>
/// Only item pictures and recordings are served from the item bank folder: never an item file
/// (it holds the answer key), a build file or anything else.
/// </summary>
public static class BankFilesOnly
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".svg", ".png", ".jpg", ".jpeg", ".mp3", ".ogg", ".m4a", ".wav",
    };

    public static bool IsServable(PathString path) =>
        path.StartsWithSegments(BankAssets.RequestPath + "/items", StringComparison.Ordinal, out var rest)
        && rest.HasValue
        && Extensions.Contains(Path.GetExtension(rest.Value!));

    public static IApplicationBuilder UseBankFilesOnly(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(BankAssets.RequestPath) && !IsServable(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next();
        });
}
