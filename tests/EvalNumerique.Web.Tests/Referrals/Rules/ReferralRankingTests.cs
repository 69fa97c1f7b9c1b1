using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Matching;
using EvalNumerique.Web.Features.Referrals.Rules;
using static EvalNumerique.Web.Tests.Referrals.Rules.DefaultRuleTests;

namespace EvalNumerique.Web.Tests.Referrals.Rules;

/// <summary>Ranking: fit first (covering uncovered needs), then distance band, open soon, free.</summary>
public sealed class ReferralRankingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly GeoPoint Origin = new(46.5, 2.5);

    private static IReadOnlyList<ReferralRule> Rules => DefaultReferralRules.Create(Now);

    private static DirectoryPlace At(DirectoryPlace place, double kmNorth, string fees = "")
    {
        // 1 km north ≈ 1/111.2 degree of latitude (6371 km mean radius).
        place.Latitude = 46.5 + kmNorth / (6371.0088 * Math.PI / 180);
        place.Longitude = 2.5;
        place.Fees = fees;
        return place;
    }

    [Fact]
    public void Haversine_distance_matches_a_hand_computed_value()
    {
        // One degree of latitude on a 6371.0088 km sphere: 2πR/360 = 111.195 km.
        Assert.Equal(111.195, new GeoPoint(46, 2.5).DistanceKm(new GeoPoint(47, 2.5)), precision: 3);
        Assert.Equal(0, Origin.DistanceKm(Origin), precision: 9);
    }

    [Fact]
    public void Equal_fit_goes_to_the_nearer_distance_band()
    {
        var near = At(Place("near", services: "Aide aux démarches administratives"), 1.5);
        var far = At(Place("far", services: "Aide aux démarches administratives"), 8);
        var result = ReferralRanking.Suggest(Person(urgent: true), Rules, [far, near], Origin, Now, _ => null);
        Assert.Equal(["near", "far"], result.Select(s => s.Place.Name));
        Assert.Equal(1.5, result[0].DistanceKm!.Value, precision: 6);
    }

    [Fact]
    public void Better_fit_wins_over_distance()
    {
        // Urgent at level 1: the far place fits urgent-low-skills (100) and urgent-procedure (80) = 180; the near workshop fits learn-workshop (60).
        var aidants = At(Place("aidants", programs: "Aidants Connect|France Services", services: "Aide aux démarches administratives"), 15);
        var atelier = At(Place("atelier", services: "Maîtrise des outils numériques du quotidien"), 0.5);
        var result = ReferralRanking.Suggest(Person(level: 1, urgent: true), Rules, [atelier, aidants], Origin, Now, _ => null);
        Assert.Equal(["aidants", "atelier"], result.Select(s => s.Place.Name));
        Assert.Equal(["urgent-low-skills", "urgent-procedure"], result[0].Rules.Select(r => r.Key));
        Assert.Equal(180, result[0].Fit, precision: 9);
        Assert.Equal(60, result[1].Fit, precision: 9);
    }

    [Fact]
    public void Suggestions_cover_different_needs_before_repeating_one()
    {
        // Equipment missing and urgent: after the best procedure-help place, an equipment place comes before a second procedure place.
        var fs1 = At(Place("fs1", services: "Aide aux démarches administratives"), 1);
        var fs2 = At(Place("fs2", services: "Aide aux démarches administratives"), 2);
        var solidaire = At(Place("solidaire", services: "Acquisition de matériel informatique à prix solidaire"), 9);
        var result = ReferralRanking.Suggest(Person(urgent: true, equipmentMissing: true, wantsToLearn: false), Rules, [fs1, fs2, solidaire], Origin, Now, _ => null);
        Assert.Equal(["fs1", "solidaire", "fs2"], result.Select(s => s.Place.Name));
    }

    [Fact]
    public void In_the_same_band_a_place_open_soon_then_a_free_place_comes_first()
    {
        var closed = At(Place("closed long", services: "Aide aux démarches administratives"), 1.0, fees: "Gratuit");
        var soon = At(Place("open tomorrow", services: "Aide aux démarches administratives"), 1.8, fees: "Payant");
        var free = At(Place("free", services: "Aide aux démarches administratives"), 1.9, fees: "Gratuit : Je peux accéder gratuitement au lieu et à ses services");
        var paid = At(Place("paid", services: "Aide aux démarches administratives"), 1.2, fees: "Payant");
        DateTimeOffset? Opening(DirectoryPlace p) => p.Name switch
        {
            "open tomorrow" => Now.AddDays(1),
            "free" => Now.AddHours(5),
            "paid" => Now.AddHours(2),
            _ => null,
        };
        var result = ReferralRanking.Suggest(Person(urgent: true), Rules, [closed, soon, free, paid], Origin, Now, Opening, count: 4);
        Assert.Equal(["free", "paid", "open tomorrow", "closed long"], result.Select(s => s.Place.Name));
    }

    [Fact]
    public void Places_that_do_not_receive_the_public_or_are_too_far_are_left_out()
    {
        var closedToPublic = At(Place("back office", services: "Aide aux démarches administratives", access: "Ce lieu n'accueille pas de public"), 1);
        var tooFar = At(Place("far away", services: "Aide aux démarches administratives"), 55);
        var result = ReferralRanking.Suggest(Person(urgent: true), Rules, [closedToPublic, tooFar], Origin, Now, _ => null);
        Assert.Empty(result);
    }

    [Fact]
    public void Without_an_origin_places_are_still_suggested_with_no_distance()
    {
        var place = Place("somewhere", services: "Aide aux démarches administratives");
        var result = ReferralRanking.Suggest(Person(urgent: true), Rules, [place], origin: null, Now, _ => null);
        Assert.Single(result);
        Assert.Null(result[0].DistanceKm);
    }

    [Fact]
    public void Nobody_matched_by_a_rule_gets_no_suggestion()
    {
        var rules = Rules.ToList();
        foreach (var rule in rules) rule.Enabled = false;
        var result = ReferralRanking.Suggest(Person(urgent: true), rules, [Place("p", services: "Aide aux démarches administratives")], Origin, Now, _ => null);
        Assert.Empty(result);
    }

    [Fact]
    public void A_youth_point_is_not_suggested_to_someone_in_their_seventies_and_comes_after_open_places_when_age_is_unknown()
    {
        var youth = At(Place("youth", services: "Aide aux démarches administratives"), 0.5);
        youth.Publics = "Jeunes|Étudiants";
        var open = At(Place("open", services: "Aide aux démarches administratives"), 8);
        // Born in the 1940s, in 2026: 77 to 86.
        var older = Person(urgent: true) with { YoungestAge = 77, OldestAge = 86 };
        Assert.Equal(["open"], ReferralRanking.Suggest(older, Rules, [youth, open], Origin, Now, _ => null).Select(s => s.Place.Name));
        // Age unknown: both, the open place first although the youth point is nearer.
        Assert.Equal(["open", "youth"], ReferralRanking.Suggest(Person(urgent: true), Rules, [youth, open], Origin, Now, _ => null).Select(s => s.Place.Name));
        // Born in the 2000s: 17 to 26, the youth point fits and, nearer, comes first.
        var young = Person(urgent: true) with { YoungestAge = 17, OldestAge = 26 };
        Assert.Equal(["youth", "open"], ReferralRanking.Suggest(young, Rules, [youth, open], Origin, Now, _ => null).Select(s => s.Place.Name));
    }

    [Theory]
    [InlineData("Seniors", 70, 79, PublicFit.Fits)]
    [InlineData("Seniors", 30, 39, PublicFit.NotForThem)]
    [InlineData("Seniors", 57, 66, PublicFit.Fits)]
    [InlineData("Jeunes", 57, 66, PublicFit.NotForThem)]
    [InlineData("Femmes", 57, 66, PublicFit.Unknown)]
    [InlineData("Jeunes|Femmes", 57, 66, PublicFit.Unknown)]
    [InlineData("", 57, 66, PublicFit.Everyone)]
    public void Declared_publics_against_the_persons_age(string publics, int youngest, int oldest, PublicFit expected)
    {
        var place = Place("p");
        place.Publics = publics;
        Assert.Equal(expected, PublicFits.Of(place, Person() with { YoungestAge = youngest, OldestAge = oldest }));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(2.0, 0)]
    [InlineData(2.01, 1)]
    [InlineData(10.0, 2)]
    [InlineData(19.9, 3)]
    [InlineData(39.0, 4)]
    public void Distance_bands(double km, int band) => Assert.Equal(band, ReferralRanking.Band(km));

    [Fact]
    public void Free_means_unconditionally_free()
    {
        Assert.True(ReferralRanking.IsFree(Place("a", fees: "Gratuit : Je peux accéder gratuitement au lieu et à ses services")));
        Assert.False(ReferralRanking.IsFree(Place("b", fees: "Gratuit sous condition : La gratuité est conditionnée à des critères")));
        Assert.False(ReferralRanking.IsFree(Place("c", fees: "Payant")));
    }
}
