using System.Threading.RateLimiting;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>Anonymous check creation is limited per client address, so a script cannot fill the database.</summary>
public static class RateLimits
{
    public const string StartCheck = "start-check";

    /// <summary>Checks a client address may start per minute (configuration <c>RateLimits:StartPerMinute</c>; a load test raises it).</summary>
    public static IServiceCollection AddCheckRateLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(StartCheck, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = configuration.GetValue("RateLimits:StartPerMinute", 120), Window = TimeSpan.FromMinutes(1) }));
        });
}
