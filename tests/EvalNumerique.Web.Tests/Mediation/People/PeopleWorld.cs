using System.Security.Claims;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Mediation.Invitations;
using EvalNumerique.Web.Features.Mediation.People;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Mediation.People;

/// <summary>The people services of a <see cref="StaffWorld"/>, and the scopes of its accounts as the app resolves them.</summary>
internal static class PeopleWorld
{
    public static PeopleService People(this StaffWorld world) => world.Factory.Services.GetRequiredService<PeopleService>();

    public static InvitationService Invitations(this StaffWorld world) => world.Factory.Services.GetRequiredService<InvitationService>();

    public static async Task<StaffScope> ScopeOfAsync(this StaffWorld world, string email)
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account {email}.");
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], "test"));
        return await scope.ServiceProvider.GetRequiredService<StaffAccess>().ScopeAsync(principal)
            ?? throw new InvalidOperationException($"No scope for {email}.");
    }

    /// <summary>Creates a person through the service, as the given staff member, and returns its id.</summary>
    public static async Task<Guid> CreatePersonAsync(this StaffWorld world, string email, int structureId, string nickname = "Mireille", int? decade = null, string reference = "")
    {
        var result = await world.People().CreateAsync(await world.ScopeOfAsync(email),
            new PersonInput { Nickname = nickname, BirthDecade = decade, LocalReference = reference, StructureId = structureId });
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Values));
        return result.PersonId;
    }
}
