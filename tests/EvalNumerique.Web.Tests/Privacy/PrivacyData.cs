using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Privacy;

/// <summary>People, notes and finished checks in a <see cref="StaffWorld"/>, made through the real services.</summary>
internal static class PrivacyData
{
    public static async Task<Beneficiary> AddPersonAsync(StaffWorld world, int structureId, string nickname, DateTimeOffset? lastActivity = null,
        string? localReference = "DOSSIER-42")
    {
        var now = DateTimeOffset.UtcNow;
        var person = new Beneficiary
        {
            Id = Guid.NewGuid(),
            StructureId = structureId,
            Nickname = nickname,
            BirthDecade = 1950,
            LocalReference = localReference,
            CreatedAt = lastActivity ?? now,
            LastActivityAt = lastActivity ?? now,
            ConsentAt = now,
            ConsentVersion = "test-1",
        };
        await world.InDatabaseAsync(async db =>
        {
            db.Beneficiaries.Add(person);
            return await db.SaveChangesAsync();
        });
        return person;
    }

    public static Task<int> AddNoteAsync(StaffWorld world, Guid personId, string text) => world.InDatabaseAsync(async db =>
    {
        db.BeneficiaryNotes.Add(new BeneficiaryNote { BeneficiaryId = personId, AuthorName = "Awa", Text = text, CreatedAt = DateTimeOffset.UtcNow });
        return await db.SaveChangesAsync();
    });

    /// <summary>An invited check played to the end: one need, some equipment, right answers to the first three questions, "je ne sais pas" after.</summary>
    public static async Task<Guid> FinishedCheckAsync(StaffWorld world, Guid personId)
    {
        var checks = world.Factory.Services.GetRequiredService<CheckService>();
        string inviter = await world.InDatabaseAsync(db => db.Users.Select(u => u.Id).FirstAsync());
        var invitation = await checks.InviteAsync(personId, inviter);
        await checks.FinishPracticeAsync(invitation.Code);
        var state = await checks.SaveNeedsAsync(invitation.Code, [Needs.All[0].Id],
            new Dictionary<string, string> { ["smartphone"] = "yes", ["computer"] = "no" });
        for (int i = 0; state.Stage != CheckStage.Finished; i++)
        {
            var item = state.CurrentItem!;
            state = (await checks.AnswerAsync(invitation.Code, item.Id, i < 3 ? KeyedResponses.Right(item) : Response.DontKnow, 3000)).State;
        }
        return invitation.CheckId;
    }
}
