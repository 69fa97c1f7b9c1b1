using System.Security.Claims;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Mediation.Results;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Results;

/// <summary>Helpers over <see cref="StaffWorld"/>: people, checks answered through the real CheckService, staff scopes.</summary>
internal static class ResultsWorld
{
    public static ResultsService Results(this StaffWorld world) => world.Factory.Services.GetRequiredService<ResultsService>();

    public static CheckService Checks(this StaffWorld world) => world.Factory.Services.GetRequiredService<CheckService>();

    /// <summary>The scope the app resolves for this account, as StaffAccess builds it for a page or endpoint.</summary>
    public static async Task<StaffScope> ScopeOfAsync(this StaffWorld world, string email)
    {
        string userId = await world.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<StaffAccess>();
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "test"));
        return (await access.ScopeAsync(principal))!;
    }

    /// <summary>A person of the structure who has already consented.</summary>
    public static Task<Guid> AddPersonAsync(this StaffWorld world, int structureId, string nickname) =>
        world.InDatabaseAsync(async db =>
        {
            var person = new Beneficiary
            {
                Id = Guid.NewGuid(),
                StructureId = structureId,
                Nickname = nickname,
                CreatedAt = DateTimeOffset.UtcNow,
                LastActivityAt = DateTimeOffset.UtcNow,
                ConsentAt = DateTimeOffset.UtcNow,
                ConsentVersion = "test",
            };
            db.Beneficiaries.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    /// <summary>
    /// Invites the person and answers through CheckService: every third question "Je ne sais pas",
    /// the others right, each with a response time of (sequence) seconds; stops after
    /// <paramref name="maxAnswers"/> answers or at the end.
    /// </summary>
    public static async Task<Guid> RunCheckAsync(this StaffWorld world, Guid personId, string invitedBy, int maxAnswers = int.MaxValue)
    {
        string inviter = await world.InDatabaseAsync(db => db.Users.Where(u => u.Email == invitedBy).Select(u => u.Id).SingleAsync());
        var checks = world.Checks();
        var invitation = await checks.InviteAsync(personId, inviter);
        var state = await checks.SaveNeedsAsync(invitation.Code, ["health", "job"],
            new Dictionary<string, string> { ["smartphone"] = "yes", ["computer"] = "no", ["internet"] = "unknown" });
        for (int sequence = 1; state.Stage == CheckStage.Questions && state.CurrentItem is { } item && sequence <= maxAnswers; sequence++)
        {
            var response = sequence % 3 == 0 ? Response.DontKnow : KeyedResponses.Right(item);
            state = (await checks.AnswerAsync(invitation.Code, item.Id, response, sequence * 1000)).State;
        }
        return invitation.CheckId;
    }
}
