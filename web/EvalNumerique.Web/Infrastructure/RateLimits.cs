using System.Threading.RateLimiting;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>Anonymous check creation is limited per client address, so a script cannot fill the database.</summary>
public static class RateLimits
{
    public const string StartCheck = "start-check";

    /// <summary>Every other API call, per client address (<c>RateLimits:ApiPerMinute</c>, default 600): codes cannot be guessed at speed.</summary>
    public const string CheckApi = "check-api";

    /// <summary>Staff sign-in attempts per client address and minute (<c>RateLimits:LoginPerMinute</c>, default 10); Identity also locks an account after 5 failures.</summary>
    public const string Login = "login";

    /// <summary>Checks a client address may start per minute (configuration <c>RateLimits:StartPerMinute</c>; a load test raises it).</summary>
    public static IServiceCollection AddCheckRateLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancel) =>
            {
                if (context.HttpContext.Request.Path.StartsWithSegments("/api")) return;
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Trop d'essais depuis cet appareil. Attendez une minute, puis réessayez.\nToo many attempts from this device. Wait a minute, then try again.\n", cancel);
            };
            options.AddPolicy(StartCheck, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:StartPerMinute", 120), Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(CheckApi, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:ApiPerMinute", 600), Window = TimeSpan.FromMinutes(1) }));
            // Each page load opens a connection (circuit) that can try codes; connections are limited per address.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/_blazor/negotiate")
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        "circuit:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:CircuitsPerMinute", 60), Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("other"));
            // Only the form posts count: showing the page again after a refusal must stay possible.
            options.AddPolicy(Login, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:LoginPerMinute", 10), Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("get"));
        });
}
