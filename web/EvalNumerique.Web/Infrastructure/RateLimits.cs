using System.Threading.RateLimiting;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>Anonymous check creation is limited per client address, so a script cannot fill the database.</summary>
public static class RateLimits
{
    public const string StartCheck = "start-check";

    /// <summary>Every other API call, per client address (<c>RateLimits:ApiPerMinute</c>, default 600): codes cannot be guessed at speed.</summary>
    public const string CheckApi = "check-api";

    /// <summary>Checks a client address may start per minute (configuration <c>RateLimits:StartPerMinute</c>; a load test raises it).</summary>
    public static IServiceCollection AddCheckRateLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(StartCheck, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:StartPerMinute", 120), Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(CheckApi, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:ApiPerMinute", 600), Window = TimeSpan.FromMinutes(1) }));
        });
}
