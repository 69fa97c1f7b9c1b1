namespace EvalNumerique.Web.Infrastructure;

/// <summary>Headers that keep the pages from being framed, sniffed or leaking where people came from.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Frame-Options"] = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // Item pictures are SVG: served as images only, never as documents that could run script.
            if (context.Request.Path.StartsWithSegments(BankAssets.RequestPath))
                headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            await next();
        });
}
