using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Follow;

/// <summary>Live follow-up: the hub, the listener that feeds it from every check change, the dashboard's services.</summary>
public static class FollowUpSetup
{
    public static IServiceCollection AddFollowUp(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddMemoryCache();
        services.AddOptions<FollowUpOptions>()
            .BindConfiguration(FollowUpOptions.Section)
            .Validate(o => o.StalledAfterMinutes > 0, $"{FollowUpOptions.Section}:{nameof(FollowUpOptions.StalledAfterMinutes)} must be a positive number of minutes.")
            .ValidateOnStart();
        services.AddSingleton<CheckFollowUpFactory>();
        services.AddSingleton<FollowUpLoader>();
        services.AddSingleton<FollowConnections>();
        services.AddSingleton<ICheckProgressListener, FollowUpBroadcaster>();
        return services;
    }

    public static IEndpointRouteBuilder MapFollowUp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<FollowHub>(FollowHub.Path);
        return endpoints;
    }
}
