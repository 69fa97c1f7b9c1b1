using Microsoft.AspNetCore.Localization;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>GET /language?lang=en&amp;redirect=/path: remembers the person's language (cookie) and goes back.</summary>
public static class LanguageEndpoint
{
    public static IEndpointRouteBuilder MapLanguage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language", (string? lang, string? redirect, HttpContext http) =>
        {
            string culture = lang == "en" ? "en" : "fr-FR";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.Redirect(IsLocalPath(redirect) ? redirect! : "/");
        });
        return app;
    }

    /// <summary>A path of this site only: "/x", never "//host", "/\host" or an absolute URL.</summary>
    public static bool IsLocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Contains('\\', StringComparison.Ordinal)
        && Uri.TryCreate(path, UriKind.Relative, out _);
}
