namespace EvalNumerique.Web.Features.Admin;

/// <summary>The admin screens' services: structures, accounts, audit log.</summary>
public static class AdminSetup
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.AddSingleton<AuditLogReader>();
        services.AddSingleton<StructureAdmin>();
        services.AddSingleton<AccountAdmin>();
        return services;
    }
}
