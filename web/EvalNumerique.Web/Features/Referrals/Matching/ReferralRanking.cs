using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Rules;

namespace EvalNumerique.Web.Features.Referrals.Matching;

/// <summary>
/// Suggests places for a person. A place is a candidate when at least one rule applies to the
/// person and the place offers what that rule looks for. Suggestions are chosen one at a time:
/// each time, the candidate that covers the most still-uncovered rules (by weight) wins, so three
/// suggestions answer three needs rather than repeat one; ties go to places open to everyone or
/// known to suit the person's public before those that might be for others (a youth point), then to the nearer distance band
/// (2, 5, 10, 20 km, farther, unknown), then to the place open sooner (within 2 days), then to a
/// free place, then to the exact distance and the name. Places that say they do not receive the
/// public, that are only for publics the person is not (<see cref="PublicFits"/>), or farther than
/// <see cref="MaxDistanceKm"/>, are left out.
/// </summary>
public static class ReferralRanking
{
    public const double MaxDistanceKm = 40;

    private static readonly double[] DistanceBands = [2, 5, 10, 20, MaxDistanceKm];

    private static readonly TimeSpan SoonWindow = TimeSpan.FromDays(2);

    public static IReadOnlyList<ReferralSuggestion> Suggest(
        OrientationFacts facts,
        IEnumerable<ReferralRule> rules,
        IEnumerable<DirectoryPlace> places,
        GeoPoint? origin,
        DateTimeOffset now,
        Func<DirectoryPlace, DateTimeOffset?> nextOpening,
        int count = 3)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(nextOpening);
        var applying = rules.Where(r => RuleMatch.AppliesTo(r, facts)).OrderByDescending(r => r.Weight).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (applying.Count == 0) return [];

        var candidates = new List<Candidate>();
        foreach (var place in places)
        {
            if (!ReceivesPublic(place)) continue;
            var publicFit = PublicFits.Of(place, facts);
            if (publicFit == PublicFit.NotForThem) continue;
            var fitting = applying.Where(r => RuleMatch.IsOfferedBy(r, place)).ToList();
            if (fitting.Count == 0) continue;
            double? distance = origin is { } from && place.Latitude is { } lat && place.Longitude is { } lon
                ? from.DistanceKm(new GeoPoint(lat, lon))
                : null;
            if (distance > MaxDistanceKm) continue;
            candidates.Add(new Candidate(place, fitting, distance, nextOpening(place), IsFree(place), publicFit == PublicFit.Unknown));
        }

        var chosen = new List<ReferralSuggestion>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        while (chosen.Count < count && candidates.Count > 0)
        {
            var best = candidates
                .Select(c => (Candidate: c, Fit: c.Rules.Sum(r => covered.Contains(r.Key) ? r.Weight / 10.0 : r.Weight)))
                .OrderByDescending(x => x.Fit)
                .ThenBy(x => x.Candidate.MaybeForOthers)
                .ThenBy(x => Band(x.Candidate.DistanceKm))
                .ThenByDescending(x => x.Candidate.NextOpening is { } at && at - now <= SoonWindow)
                .ThenByDescending(x => x.Candidate.Free)
                .ThenBy(x => x.Candidate.DistanceKm ?? double.MaxValue)
                .ThenBy(x => x.Candidate.Place.Name, StringComparer.CurrentCulture)
                .ThenBy(x => x.Candidate.Place.Id)
                .First();
            candidates.Remove(best.Candidate);
            foreach (var rule in best.Candidate.Rules) covered.Add(rule.Key);
            var c = best.Candidate;
            chosen.Add(new ReferralSuggestion(c.Place, c.Rules, best.Fit, c.DistanceKm, c.NextOpening, c.Free));
        }
        return chosen;
    }

    /// <summary>0 for ≤ 2 km … 4 for ≤ 40 km, 5 when the distance is unknown.</summary>
    public static int Band(double? distanceKm)
    {
        if (distanceKm is not { } d) return DistanceBands.Length;
        for (int i = 0; i < DistanceBands.Length; i++)
        {
            if (d <= DistanceBands[i]) return i;
        }
        return DistanceBands.Length;
    }

    public static bool IsFree(DirectoryPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return RuleMatch.List(place.Fees).Any(f => OfferTag.Fold(f) is var folded && folded.StartsWith("gratuit", StringComparison.Ordinal) && !folded.StartsWith("gratuit sous condition", StringComparison.Ordinal));
    }

    private static bool ReceivesPublic(DirectoryPlace place) =>
        !RuleMatch.List(place.AccessModes).Any(m => OfferTag.Fold(m).StartsWith("ce lieu n'accueille pas de public", StringComparison.Ordinal));

    private sealed record Candidate(DirectoryPlace Place, IReadOnlyList<ReferralRule> Rules, double? DistanceKm, DateTimeOffset? NextOpening, bool Free, bool MaybeForOthers);
}
