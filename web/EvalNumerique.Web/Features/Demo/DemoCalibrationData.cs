using System.Text.Json;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Demo;

/// <summary>
/// SIMULATED collected answers, so the demo has something to calibrate: <c>Demo:SimulatedChecks</c>
/// fictional people ("Simulé·e 0001 (démo)") in two demo structures no staff member belongs to,
/// each with one finished check run by the real engine with the app's settings. Their answers
/// follow "true" parameters that differ from the files' (b moved by N(0, 0.4), a scaled by
/// e^N(0, 0.25): expert guesses are never exact), and one item — <see cref="BiasedItem"/> — is one
/// logit harder for people aged 60 and over, so the DIF analysis has a biased item to find.
/// Everything but the dates (relative to today) is seeded: every machine gets the same people, ids and answers.
/// </summary>
public static class DemoCalibrationData
{
    /// <summary>The item made harder for people aged 60 and over (a frequent, discriminating procedures item).</summary>
    public const string BiasedItem = "procedures-accounts-004";

    private const double Bias = 1.0;
    private const ulong Seed = 20261123;
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static Task SeedAsync(IServiceProvider services, EvalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(services);
        return SeedAsync(services, db, services.GetRequiredService<IConfiguration>().GetValue("Demo:SimulatedChecks", 0));
    }

    /// <summary>Seeds <paramref name="count"/> simulated checks, once (nothing when the simulated structures already have people).</summary>
    public static async Task SeedAsync(IServiceProvider services, EvalDbContext db, int count)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(db);
        if (count <= 0) return;
        var social = await EnsureStructureAsync(db, "Bilans simulés — centre social (démo)", StructureKind.Association);
        var desk = await EnsureStructureAsync(db, "Bilans simulés — France Services (démo)", StructureKind.FranceServices);
        if (await db.Beneficiaries.AnyAsync(b => b.StructureId == social.Id || b.StructureId == desk.Id)) return;

        var bank = services.GetRequiredService<ItemBankProvider>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var adaptive = bank.Adaptive;
        var pool = adaptive.Pool;
        var truth = TrueParameters(pool);
        int biased = pool.IndexOf(BiasedItem);
        var options = CheckSettings.For(pool.Domains, adaptive.EnemyGroups);
        var codes = (await db.Checks.Select(c => c.ResumeCode).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var random = new RandomSource(Seed);
        var decades = new[] { 1940, 1950, 1950, 1960, 1960, 1970, 1980, 1990, 2000 };

        for (int n = 1; n <= count; n++)
        {
            var structure = n % 2 == 0 ? social : desk;
            int decade = decades[random.NextInt(decades.Length)];
            var finishedAt = now.AddDays(-1 - random.NextInt(90)).AddMinutes(-random.NextInt(600));
            bool older = Authoring.Calibration.CollectedAnswers.AgeGroup(decade, finishedAt.Year) == Authoring.Calibration.CollectedAnswers.From60;
            double theta = random.NextStandardNormal();
            var person = new Beneficiary
            {
                Id = SeededGuid(random),
                StructureId = structure.Id,
                Nickname = $"Simulé·e {n:0000} (démo)",
                BirthDecade = decade,
                LocalReference = "DÉMO – bilan simulé",
                CreatedAt = finishedAt.AddMinutes(-20),
                LastActivityAt = finishedAt,
                ConsentAt = finishedAt.AddMinutes(-20),
                ConsentVersion = ConsentText.Version,
            };
            long engineSeed = (long)(Seed % 1_000_000) * 10_000 + n;
            var session = new CatSession(pool, options, (ulong)engineSeed);
            var check = new Data.Check
            {
                Id = SeededGuid(random),
                ResumeCode = NewCode(codes, random),
                StructureId = structure.Id,
                BeneficiaryId = person.Id,
                Stage = CheckStage.Finished,
                Seed = engineSeed,
                ParametersRunId = bank.RunInForce,
                Language = "fr",
                CreatedAt = finishedAt.AddMinutes(-15),
                UpdatedAt = finishedAt,
                FinishedAt = finishedAt,
            };
            var at = check.CreatedAt.AddMinutes(3);
            for (int next = session.NextItem(), sequence = 1; next >= 0; next = session.NextItem(), sequence++)
            {
                var p = truth[next];
                if (next == biased && older) p = p with { B = p.B + Bias };
                bool right = random.NextDouble() < p.Probability(theta);
                var item = bank.Find(pool.Ids[next])!;
                var response = right ? DemoAnswers.Right(item) : DemoAnswers.Wrong(item, random);
                session.Answer(next, right ? 1 : 0);
                at = at.AddSeconds(8 + random.NextInt(40));
                check.Answers.Add(new CheckAnswer
                {
                    Sequence = sequence,
                    ItemId = item.Id,
                    ItemVersion = item.Version,
                    Score = right ? 1 : 0,
                    DontKnow = response.IsDontKnow,
                    Response = JsonSerializer.Serialize(response, CheckService.Json),
                    AnsweredAt = at,
                    ElapsedMilliseconds = 8_000 + random.NextInt(40_000),
                });
            }
            check.SessionState = session.State().ToJson();
            db.Beneficiaries.Add(person);
            db.Checks.Add(check);
            if (n % 200 == 0) await SaveAsync(db);
        }
        await SaveAsync(db);
    }

    /// <summary>The simulated truth: each live item's file parameters, moved as real data would move them.</summary>
    public static ItemParameters[] TrueParameters(ItemPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var random = new RandomSource(RandomSource.Derive(Seed, 1));
        return [.. Enumerable.Range(0, pool.Count).Select(i =>
        {
            var file = pool[i];
            return file with { A = file.A * Math.Exp(0.25 * random.NextStandardNormal()), B = file.B + 0.4 * random.NextStandardNormal() };
        })];
    }

    /// <summary>An id drawn from the seeded generator, so that every machine gets the same data in the same order.</summary>
    private static Guid SeededGuid(RandomSource random)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, random.NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], random.NextUInt64());
        return new Guid(bytes);
    }

    private static async Task SaveAsync(EvalDbContext db)
    {
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static string NewCode(HashSet<string> codes, RandomSource random)
    {
        while (true)
        {
            string code = new([.. Enumerable.Range(0, 6).Select(_ => Alphabet[random.NextInt(Alphabet.Length)])]);
            if (codes.Add(code)) return code;
        }
    }

    private static async Task<Structure> EnsureStructureAsync(EvalDbContext db, string name, StructureKind kind)
    {
        var existing = await db.Structures.FirstOrDefaultAsync(s => s.IsDemo && s.Name == name);
        if (existing is not null) return existing;
        var structure = new Structure { Name = name, Kind = kind, Commune = "Ville-Démo (fictive)", PostalCode = "00000", IsDemo = true };
        db.Structures.Add(structure);
        await db.SaveChangesAsync();
        return structure;
    }
}
