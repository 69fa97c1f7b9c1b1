namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>Registers the professional's results, history and printable summary.</summary>
public static class ResultsSetup
{
    public static IServiceCollection AddMediationResults(this IServiceCollection services)
    {
        // Stateless: the staff scope is given with every call, so one instance serves every circuit.
        services.AddSingleton<ResultsService>();
        return services;
    }
}
