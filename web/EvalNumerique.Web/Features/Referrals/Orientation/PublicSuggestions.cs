using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Matching;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>
/// Places for a person who took the check alone (no structure, so no mediator to choose with them):
/// the same rules and ranking as the mediator's suggestions, from the check's result and a postal
/// code or town the person types, with the default profile (wants to learn, nothing urgent, no
/// specific need). A check that belongs to a structure gets none here: its mediator chooses.
/// </summary>
public sealed class PublicSuggestions(IDbContextFactory<EvalDbContext> dbFactory, CheckService checkService, TimeProvider clock)
{
    public const int Count = 3;

    /// <summary>Whether the person of this finished check may look for places alone (an anonymous check).</summary>
    public async Task<bool> OffersAsync(string code, CancellationToken cancel = default)
    {
        string normalised = CheckService.NormaliseCode(code);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.Checks.AnyAsync(c => c.ResumeCode == normalised && c.Stage == CheckStage.Finished && c.StructureId == null, cancel)
            && await db.DirectoryPlaces.AnyAsync(cancel);
    }

    /// <summary>Up to three places near the postal code or town; empty when none is known there; null when the check does not offer it.</summary>
    public async Task<IReadOnlyList<SuggestionView>?> NearAsync(string code, string fromPlace, string language, CancellationToken cancel = default)
    {
        string normalised = CheckService.NormaliseCode(code);
        string from = (fromPlace ?? "").Trim();
        if (from.Length is 0 or > 100) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var check = await db.Checks.AsNoTracking().Include(c => c.Answers)
            .FirstOrDefaultAsync(c => c.ResumeCode == normalised && c.Stage == CheckStage.Finished && c.StructureId == null, cancel);
        if (check is null) return null;
        var nearby = await NearbyPlaces.LoadAsync(db, from, structure: null, cancel);
        if (nearby.Origin is not { } origin || nearby.FromPlaceUnknown) return [];
        var places = nearby.Places;
        var rules = await db.ReferralRules.AsNoTracking().ToListAsync(cancel);
        var facts = OrientationService.Facts(checkService.ResultOf(check, language), new OrientationProfile { CheckId = check.Id });
        var now = clock.GetUtcNow();
        return [.. ReferralRanking.Suggest(facts, rules, places, origin, now, p => PlaceHours.NextOpening(p.OpeningHours, p.PostalCode, now), Count)
            .Select(s => new SuggestionView(PlaceCard.Of(s.Place), [.. s.Rules.Select(r => r.Key)], [.. s.Rules.Select(r => ReferralViews.Reason(r, language))],
                s.Fit, s.DistanceKm, s.NextOpening, AlreadyChosen: false))];
    }
}
