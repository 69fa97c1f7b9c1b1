using EvalNumerique.Web.Features.Mediation.Invitations;

namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>Services of people's records and invitations (stateless: every call takes the staff member's scope).</summary>
public static class PeopleSetup
{
    public static IServiceCollection AddMediationPeople(this IServiceCollection services)
    {
        services.AddSingleton<InvitationService>();
        services.AddSingleton<PeopleService>();
        return services;
    }
}
