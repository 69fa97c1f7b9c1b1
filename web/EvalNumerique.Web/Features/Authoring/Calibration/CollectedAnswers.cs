using EvalNumerique.Engine.Models;
using EvalNumerique.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>
/// The answers the app has collected, as calibration data: one person per finished check (a
/// person who takes two checks counts twice, as calibration programs treat test events), scored
/// answers to the live items only, and the groups each check belongs to for DIF. Checks whose
/// person said no to keeping their answers are left out.
/// </summary>
/// <param name="Persons">Each check's answers, as item indexes of <see cref="ItemIds"/> with 0/1 scores.</param>
/// <param name="ItemIds">The live items, in pool order.</param>
/// <param name="Groups">Per grouping name, each person's group label (null: unknown).</param>
public sealed record CollectedAnswers(IReadOnlyList<IReadOnlyList<Response>> Persons, IReadOnlyList<string> ItemIds, IReadOnlyDictionary<string, IReadOnlyList<string?>> Groups)
{
    public const string AgeGrouping = "age";
    public const string Under60 = "under-60";
    public const string From60 = "60-and-over";

    public const string LanguageGrouping = "french";
    public const string FrenchEasy = "french";
    public const string FrenchHard = "little-french";

    /// <summary>The specific need of the orientation profile that marks "speaks little French".</summary>
    public const string ForeignLanguageNeed = "foreign-language";

    public const string StructureGrouping = "structure";
    public const string SocialDesk = "ccas-association";
    public const string OtherDesk = "other-structure";

    public int AnswerCount => Persons.Sum(p => p.Count);

    /// <summary>
    /// The age group of a person born in a decade (1950 = 1950–1959) at a year: 60 and over only
    /// if even the youngest of the decade is 60, under 60 only if even the oldest is under 60, else
    /// unknown (in 2026 the 1960s cover ages 57 to 66 and belong to neither group).
    /// </summary>
    public static string? AgeGroup(int? decade, int? year) => (decade, year) switch
    {
        (int d, int y) when y - (d + 9) >= 60 => From60,
        (int d, int y) when y - d < 60 => Under60,
        _ => null,
    };

    public static async Task<CollectedAnswers> LoadAsync(EvalDbContext db, ItemPool pool, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(pool);
        var checks = await db.Checks.AsNoTracking()
            .Where(c => c.Stage == CheckStage.Finished && !c.ConsentRefused)
            .Select(c => new
            {
                c.Id,
                c.FinishedAt,
                BirthDecade = c.Beneficiary == null ? null : c.Beneficiary.BirthDecade,
                Kind = c.Structure == null ? (StructureKind?)null : c.Structure.Kind,
            })
            .ToListAsync(cancel);
        var answers = await db.CheckAnswers.AsNoTracking()
            .Where(a => db.Checks.Any(c => c.Id == a.CheckId && c.Stage == CheckStage.Finished && !c.ConsentRefused))
            .Select(a => new { a.CheckId, a.ItemId, a.Score })
            .ToListAsync(cancel);
        var profiles = await db.OrientationProfiles.AsNoTracking().Select(p => new { p.CheckId, p.SpecificNeeds }).ToDictionaryAsync(p => p.CheckId, p => p.SpecificNeeds, cancel);
        var byCheck = answers.GroupBy(a => a.CheckId).ToDictionary(g => g.Key, g => g.ToList());

        var persons = new List<IReadOnlyList<Response>>();
        var age = new List<string?>();
        var language = new List<string?>();
        var structure = new List<string?>();
        foreach (var check in checks.OrderBy(c => c.Id))
        {
            if (!byCheck.TryGetValue(check.Id, out var list)) continue;
            var responses = list.Select(a => (Index: pool.IndexOf(a.ItemId), a.Score)).Where(x => x.Index >= 0)
                .OrderBy(x => x.Index).Select(x => new Response(x.Index, x.Score)).ToList();
            if (responses.Count == 0) continue;
            persons.Add(responses);
            int? year = check.FinishedAt?.Year;
            age.Add(AgeGroup(check.BirthDecade, year));
            // Known only where a mediator filled in the orientation profile (and ticked, or not, "parle peu le français").
            language.Add(profiles.TryGetValue(check.Id, out var needs)
                ? (Referrals.Rules.RuleMatch.List(needs).Contains(ForeignLanguageNeed) ? FrenchHard : FrenchEasy)
                : null);
            structure.Add(check.Kind switch
            {
                null => null,
                StructureKind.Ccas or StructureKind.Association => SocialDesk,
                _ => OtherDesk,
            });
        }
        return new CollectedAnswers(persons, pool.Ids, new Dictionary<string, IReadOnlyList<string?>>
        {
            [AgeGrouping] = age,
            [LanguageGrouping] = language,
            [StructureGrouping] = structure,
        });
    }
}
