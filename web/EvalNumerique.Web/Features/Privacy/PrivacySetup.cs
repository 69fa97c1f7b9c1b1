namespace EvalNumerique.Web.Features.Privacy;

/// <summary>Exports, erasure and retention: the GDPR tools of the mediator space.</summary>
public static class PrivacySetup
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<FinishedCheckResults>();
        services.AddSingleton<StructureExport>();
        services.AddSingleton<PersonExport>();
        services.AddSingleton<PersonErasure>();
        services.AddSingleton<RetentionRule>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
