using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Demo;

/// <summary>
/// Three SIMULATED demo people — "Josette (démo)", "Mamadou (démo)", "Lucien (démo)" — with 1 to 3
/// finished checks each, months apart, so the results and history screens have something true to
/// show. Nothing is written by hand: every check is an invitation run through
/// <see cref="CheckService"/>, and each question the engine chooses is answered by a fictional person
/// whose ability per domain grows from one check to the next; right or not is drawn from the item's
/// own IRT probability with a fixed seed. The dates are then moved back in time. Skipped for a person
/// who already exists (idempotent).
/// </summary>
public static class DemoPeople
{
    private const double DontKnowShare = 1.0 / 3;

    private const string DemoReference = "DÉMO – réponses simulées";

    private static readonly DemoPerson[] People =
    [
        new("Josette (démo)", "tilleuls", "mediatrice@demo.evalnumerique.test", 1950, Seed: 1001,
            Needs: ["health", "family"],
            Equipment: new() { ["smartphone"] = "yes", ["computer"] = "no", ["internet"] = "yes", ["email"] = "no" },
            Offsets: new() { ["device"] = 0.4, ["safety"] = -0.3, ["procedures"] = -0.3 },
            Checks: [new(DaysAgo: 300, Ability: -2.0), new(DaysAgo: 150, Ability: -0.7), new(DaysAgo: 20, Ability: 0.8)]),
        new("Mamadou (démo)", "france-services", "mediateur@demo.evalnumerique.test", 1980, Seed: 2002,
            Needs: ["job", "caf"],
            Equipment: new() { ["smartphone"] = "yes", ["computer"] = "no", ["internet"] = "no", ["email"] = "yes" },
            Offsets: new() { ["procedures"] = -0.6, ["communication"] = 0.4 },
            Checks: [new(DaysAgo: 180, Ability: -0.8), new(DaysAgo: 30, Ability: 0.9)]),
        new("Lucien (démo)", "tilleuls", "mediatrice@demo.evalnumerique.test", 1940, Seed: 3003,
            Needs: ["taxes", "safety"],
            Equipment: new() { ["smartphone"] = "no", ["computer"] = "yes", ["internet"] = "yes", ["email"] = "unknown" },
            Offsets: new() { ["safety"] = 0.3, ["information"] = -0.2 },
            Checks: [new(DaysAgo: 60, Ability: -1.1)]),
    ];

    public static async Task SeedAsync(IServiceProvider services, EvalDbContext db, IReadOnlyDictionary<string, Structure> structures)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(structures);
        var checks = services.GetRequiredService<CheckService>();
        var clock = services.GetRequiredService<TimeProvider>();
        foreach (var person in People)
        {
            int structureId = structures[person.StructureKey].Id;
            if (await db.Beneficiaries.AnyAsync(b => b.StructureId == structureId && b.Nickname == person.Nickname)) continue;
            string mediatorId = await db.Users.Where(u => u.Email == person.MediatorEmail).Select(u => u.Id).SingleAsync();
            await SeedPersonAsync(person, structureId, mediatorId, db, checks, clock.GetUtcNow());
        }
    }

    private static async Task SeedPersonAsync(DemoPerson person, int structureId, string mediatorId, EvalDbContext db,
        CheckService checks, DateTimeOffset now)
    {
        var first = MorningUtc(now.AddDays(-person.Checks[0].DaysAgo));
        var record = new Beneficiary
        {
            Id = Guid.NewGuid(),
            StructureId = structureId,
            Nickname = person.Nickname,
            BirthDecade = person.BirthDecade,
            LocalReference = DemoReference,
            CreatedAt = first.AddHours(-1),
            CreatedById = mediatorId,
            LastActivityAt = first,
            ConsentAt = first.AddHours(-1),
            ConsentVersion = EvalNumerique.Web.Features.Check.ConsentText.Version,
        };
        db.Beneficiaries.Add(record);
        await db.SaveChangesAsync();

        var random = new RandomSource((ulong)person.Seed);
        for (int i = 0; i < person.Checks.Count; i++)
        {
            var planned = person.Checks[i];
            var invitation = await checks.InviteAsync(record.Id, mediatorId);
            // A fixed engine seed too, so the demo asks the same questions on every machine.
            long engineSeed = person.Seed * 10 + i;
            await db.Checks.Where(c => c.Id == invitation.CheckId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Seed, engineSeed));
            await RunCheckAsync(invitation.Code, person, planned.Ability, checks, random);
            await MoveBackInTimeAsync(db, invitation.CheckId, MorningUtc(now.AddDays(-planned.DaysAgo)));
        }

        var last = MorningUtc(now.AddDays(-person.Checks[^1].DaysAgo));
        await db.Beneficiaries.Where(b => b.Id == record.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.LastActivityAt, last.AddHours(1)));
    }

    /// <summary>Answers every question the engine asks, as a person of this ability would (P from the item's 4PL).</summary>
    private static async Task RunCheckAsync(string code, DemoPerson person, double ability, CheckService checks, RandomSource random)
    {
        var state = await checks.FinishPracticeAsync(code);
        state = await checks.SaveNeedsAsync(code, person.Needs, person.Equipment);
        for (int guard = 0; state.Stage == CheckStage.Questions && state.CurrentItem is { } item && guard < 100; guard++)
        {
            double theta = ability + person.Offsets.GetValueOrDefault(item.Domain);
            double p = new ItemParameters(item.Irt.A, item.Irt.B, item.Irt.C, item.Irt.D).Probability(theta);
            // Someone unsure often says so: a third of the misses are "Je ne sais pas".
            var response = random.NextDouble() < p ? DemoAnswers.Right(item)
                : random.NextDouble() < DontKnowShare ? ItemBank.Scoring.Response.DontKnow
                : DemoAnswers.Wrong(item, random);
            int elapsed = 6_000 + random.NextInt(30_000) + (int)(8_000 * Math.Max(0, -theta)); // slower when unsure
            state = (await checks.AnswerAsync(code, item.Id, response, elapsed)).State;
        }
    }

    /// <summary>
    /// Dates the check as if it had been taken then, at the pace of the simulated response times: the
    /// invitation, how-to and needs a few minutes before the first question, each answer after its time.
    /// </summary>
    private static async Task MoveBackInTimeAsync(EvalDbContext db, Guid checkId, DateTimeOffset finishedAt)
    {
        var check = await db.Checks.Include(c => c.Answers).SingleAsync(c => c.Id == checkId);
        var answers = check.Answers.OrderBy(a => a.Sequence).ToList();
        var at = finishedAt - TimeSpan.FromMilliseconds(answers.Sum(a => a.ElapsedMilliseconds ?? 0));
        check.CreatedAt = at - TimeSpan.FromMinutes(4);
        foreach (var answer in answers)
        {
            at += TimeSpan.FromMilliseconds(answer.ElapsedMilliseconds ?? 0);
            answer.AnsweredAt = at;
        }
        check.FinishedAt = finishedAt;
        check.UpdatedAt = finishedAt;
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset MorningUtc(DateTimeOffset day) => new(day.Year, day.Month, day.Day, 9, 0, 0, TimeSpan.Zero);

    private sealed record DemoCheck(int DaysAgo, double Ability);

    private sealed record DemoPerson(string Nickname, string StructureKey, string MediatorEmail, int BirthDecade, long Seed,
        string[] Needs, Dictionary<string, string> Equipment, Dictionary<string, double> Offsets, IReadOnlyList<DemoCheck> Checks);
}
