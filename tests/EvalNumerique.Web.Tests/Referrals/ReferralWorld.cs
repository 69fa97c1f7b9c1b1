using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Directory;
using EvalNumerique.Web.Features.Referrals.FollowUp;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Features.Referrals.Sheet;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>A finished check made through the real <see cref="CheckService"/>, with its person.</summary>
internal sealed record FinishedCheck(Guid PersonId, Guid CheckId, string Code);

/// <summary>
/// Helpers over <see cref="StaffWorld"/> for the referral services: the demo directory imported by
/// the real importer, finished checks, and the referral services built on the app's database with
/// a clock the test holds.
/// </summary>
internal static class ReferralWorld
{
    public const string DemoFileName = "lieux-mediation-ville-demo.csv";

    public static string DemoPath => Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web", "Features", "Demo", DemoFileName);

    /// <summary>Every equipment answer "yes": no equipment rule applies, so the ranking depends on the profile only.</summary>
    public static readonly IReadOnlyDictionary<string, string> FullyEquipped = new Dictionary<string, string>
    {
        ["smartphone"] = "yes", ["computer"] = "yes", ["internet"] = "yes", ["email"] = "yes",
    };

    public static IDbContextFactory<EvalDbContext> DbFactory(this StaffWorld world) =>
        world.Factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>();

    public static DirectoryImporter Importer(this StaffWorld world, TimeProvider? clock = null) =>
        new(world.DbFactory(), clock ?? TimeProvider.System);

    public static OrientationService Orientation(this StaffWorld world, TimeProvider? clock = null) =>
        new(world.DbFactory(), world.Factory.Services.GetRequiredService<CheckService>(), Audit(world, clock), clock ?? TimeProvider.System);

    public static ReferralFollowUpService FollowUp(this StaffWorld world, TimeProvider? clock = null) =>
        new(world.DbFactory(), Audit(world, clock), clock ?? TimeProvider.System);

    public static ReferralSheetService Sheets(this StaffWorld world, TimeProvider? clock = null) =>
        new(world.DbFactory(), world.Factory.Services.GetRequiredService<CheckService>(), Audit(world, clock), clock ?? TimeProvider.System);

    private static AuditLog Audit(StaffWorld world, TimeProvider? clock) => new(world.DbFactory(), clock ?? TimeProvider.System);

    /// <summary>The 12-place demo directory, read and imported as the admin screen does it.</summary>
    public static async Task<DirectoryImportReport> ImportDemoDirectoryAsync(this StaffWorld world)
    {
        await using var stream = File.OpenRead(DemoPath);
        var read = LieuxMediationCsvReader.Read(stream, DemoFileName);
        Assert.Empty(read.Errors);
        var report = await world.Importer().ImportAsync(read, DemoFileName, "test", dryRun: false);
        Assert.Equal(12, report.Added);
        return report;
    }

    public static Task<int> PlaceIdAsync(this StaffWorld world, string sourceId) =>
        world.InDatabaseAsync(db => db.DirectoryPlaces.Where(p => p.SourceId == sourceId).Select(p => p.Id).SingleAsync());

    /// <summary>The ids of the demo places, in file order (all of them, for choosing many).</summary>
    public static Task<List<int>> PlaceIdsAsync(this StaffWorld world) =>
        world.InDatabaseAsync(db => db.DirectoryPlaces.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync());

    /// <summary>A consenting person of the structure.</summary>
    public static Task<Guid> AddPersonAsync(this StaffWorld world, int structureId, string nickname, bool consented = true) =>
        world.InDatabaseAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var person = new Beneficiary
            {
                Id = Guid.NewGuid(),
                StructureId = structureId,
                Nickname = nickname,
                CreatedAt = now,
                LastActivityAt = now,
                ConsentAt = consented ? now : null,
                ConsentVersion = consented ? "test" : null,
            };
            db.Beneficiaries.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });

    /// <summary>
    /// Invites a new person of the structure and plays the check to the end through CheckService:
    /// the given needs and equipment, three right answers, "je ne sais pas" after (a low level).
    /// </summary>
    public static async Task<FinishedCheck> FinishedCheckAsync(this StaffWorld world, int structureId, string nickname,
        IReadOnlyCollection<string>? needs = null, IReadOnlyDictionary<string, string>? equipment = null, bool refuseConsent = false)
    {
        var personId = await world.AddPersonAsync(structureId, nickname, consented: !refuseConsent);
        var checks = world.Factory.Services.GetRequiredService<CheckService>();
        string inviter = await world.InDatabaseAsync(db => db.Users.Where(u => u.Email == StaffWorld.MediatorA).Select(u => u.Id).SingleAsync());
        var invitation = await checks.InviteAsync(personId, inviter);
        if (refuseConsent) await checks.ConsentAsync(invitation.Code, agree: false);
        await checks.FinishPracticeAsync(invitation.Code);
        var state = await checks.SaveNeedsAsync(invitation.Code, needs ?? ["caf"], equipment ?? FullyEquipped);
        for (int i = 0; state.Stage != CheckStage.Finished; i++)
        {
            var item = state.CurrentItem!;
            state = (await checks.AnswerAsync(invitation.Code, item.Id, i < 3 ? KeyedResponses.Right(item) : Response.DontKnow, 3000)).State;
        }
        return new FinishedCheck(personId, invitation.CheckId, invitation.Code);
    }
}
