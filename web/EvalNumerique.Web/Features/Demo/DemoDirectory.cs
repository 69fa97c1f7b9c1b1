using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Referrals.Directory;
using EvalNumerique.Web.Features.Referrals.FollowUp;
using EvalNumerique.Web.Features.Referrals.Orientation;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Demo;

/// <summary>
/// The demo town's directory of places — a fictional file in the national CSV format, imported by
/// the real importer — and a few referrals for the demo people, made through the real orientation
/// service from its own suggestions, so the follow-up list has something true to show.
/// </summary>
public static class DemoDirectory
{
    private const string FileName = "lieux-mediation-ville-demo.csv";

    public static async Task SeedAsync(IServiceProvider services, EvalDbContext db, IReadOnlyDictionary<string, Structure> structures)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(structures);
        if (!await db.DirectoryPlaces.AnyAsync(p => p.IsDemo))
        {
            await using var stream = typeof(DemoDirectory).Assembly.GetManifestResourceStream(typeof(DemoDirectory), FileName)
                ?? throw new InvalidOperationException($"{FileName} is not embedded in the web assembly.");
            var read = LieuxMediationCsvReader.Read(stream, FileName);
            if (read.Errors.Count > 0)
                throw new InvalidOperationException($"{FileName}:{read.Errors[0].Line}: {read.Errors[0].Field}: {read.Errors[0].Message}");
            await services.GetRequiredService<DirectoryImporter>().ImportAsync(read, FileName, "demo", dryRun: false, isDemo: true);
        }
        if (await db.Referrals.AnyAsync()) return;
        await ReferAsync(services, db, "Josette (démo)", structures["tilleuls"], "mediatrice@demo.evalnumerique.test",
            new OrientationInput { WantsToLearn = true }, [ReferralStatus.AppointmentMade, ReferralStatus.Proposed]);
        await ReferAsync(services, db, "Mamadou (démo)", structures["france-services"], "mediateur@demo.evalnumerique.test",
            new OrientationInput { Urgent = true, WantsToLearn = true }, [ReferralStatus.Accepted, ReferralStatus.Proposed]);
        await AgeProposalsAsync(db, services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    /// <summary>
    /// The proposals without news are moved 20 days back, as the demo checks are, so the follow-up
    /// list shows what "à relancer" looks like.
    /// </summary>
    private static async Task AgeProposalsAsync(EvalDbContext db, DateTimeOffset now)
    {
        var then = now.AddDays(-20);
        var proposed = await db.Referrals.Include(r => r.History).Where(r => r.Status == ReferralStatus.Proposed).ToListAsync();
        foreach (var referral in proposed)
        {
            referral.CreatedAt = then;
            referral.StatusAt = then;
            foreach (var change in referral.History) change.At = then;
        }
        await db.SaveChangesAsync();
    }

    private static async Task ReferAsync(IServiceProvider services, EvalDbContext db, string nickname, Structure structure, string mediatorEmail,
        OrientationInput profile, IReadOnlyList<ReferralStatus> statuses)
    {
        var person = await db.Beneficiaries.FirstOrDefaultAsync(b => b.Nickname == nickname && b.StructureId == structure.Id);
        if (person is null) return;
        var check = await db.Checks.Where(c => c.BeneficiaryId == person.Id && c.Stage == CheckStage.Finished)
            .OrderByDescending(c => c.FinishedAt).FirstOrDefaultAsync();
        var mediator = await db.Users.FirstOrDefaultAsync(u => u.Email == mediatorEmail);
        if (check is null || mediator is null) return;
        var scope = new StaffScope(mediator.Id, mediator.DisplayName ?? mediatorEmail, IsAdmin: false, IsMediator: true, new HashSet<int> { structure.Id });
        var orientation = services.GetRequiredService<OrientationService>();
        await orientation.SaveProfileAsync(scope, check.Id, profile);
        var view = await orientation.LoadAsync(scope, check.Id, "fr");
        if (view is null) return;
        var followUp = services.GetRequiredService<ReferralFollowUpService>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var suggestion in view.Suggestions.Take(statuses.Count))
        {
            await orientation.ChooseAsync(scope, check.Id, suggestion.Place.Id, suggestion.RuleKeys, note: null);
        }
        var chosen = await followUp.OfPersonAsync(scope, person.Id, "fr");
        foreach (var (referral, status) in chosen.OrderBy(r => r.Position).Zip(statuses))
        {
            if (status == ReferralStatus.Proposed) continue;
            DateTimeOffset? appointment = status == ReferralStatus.AppointmentMade ? new DateTimeOffset(now.UtcDateTime.Date.AddDays(3).AddHours(8), TimeSpan.Zero) : null;
            await followUp.SetStatusAsync(scope, referral.Id, status, appointment);
        }
    }
}
