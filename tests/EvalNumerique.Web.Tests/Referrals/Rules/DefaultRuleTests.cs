using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Rules;

namespace EvalNumerique.Web.Tests.Referrals.Rules;

/// <summary>
/// Every shipped referral rule, one by one: who it applies to, who it does not, and which places
/// it finds. Places are written with the national standard's own values (schema "Lieux de
/// médiation numérique": services, dispositif_programmes_nationaux, prise_en_charge_specifique…).
/// </summary>
public sealed class DefaultRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static ReferralRule Rule(string key) => DefaultReferralRules.Create(key, Now) ?? throw new InvalidOperationException(key);

    internal static OrientationFacts Person(int level = 2, string[]? needs = null, bool equipmentMissing = false, bool urgent = false,
        bool wantsToLearn = true, string[]? specific = null) =>
        new(level, (needs ?? []).ToHashSet(), equipmentMissing, urgent, wantsToLearn, (specific ?? []).ToHashSet());

    internal static DirectoryPlace Place(string name, string services = "", string programs = "", string care = "", string accompaniment = "",
        string fees = "", string access = "") => new()
    {
        Source = "test",
        SourceId = name,
        Name = name,
        Services = services,
        NationalPrograms = programs,
        SpecificCare = care,
        AccompanimentModes = accompaniment,
        Fees = fees,
        AccessModes = access,
    };

    [Fact]
    public void Every_default_rule_reads_with_known_tags_and_both_reasons()
    {
        var rules = DefaultReferralRules.Create(Now);
        Assert.Equal(16, rules.Count);
        Assert.Equal(rules.Count, rules.Select(r => r.Key).Distinct().Count());
        foreach (var rule in rules)
        {
            Assert.NotEmpty(RuleMatch.Tags(rule));
            Assert.Equal(RuleMatch.List(rule.OffersAny).Count, RuleMatch.Tags(rule).Count);
            Assert.False(string.IsNullOrWhiteSpace(rule.ReasonFr));
            Assert.False(string.IsNullOrWhiteSpace(rule.ReasonEn));
            Assert.InRange(rule.Weight, 1, 100);
            Assert.Empty(ReferralRuleAdmin.Validate(ReferralRuleAdmin.FormOf(rule)));
        }
    }

    [Fact]
    public void Urgent_procedure_with_very_low_skills_finds_someone_who_does_it_with_or_for_the_person()
    {
        var rule = Rule("urgent-low-skills");
        Assert.True(RuleMatch.AppliesTo(rule, Person(level: 1, urgent: true)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(level: 2, urgent: true)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(level: 1, urgent: false)));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("fs", programs: "France Services")));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("ac", programs: "Aidants Connect")));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("aide", services: "Aide aux démarches administratives")));
        Assert.False(RuleMatch.IsOfferedBy(rule, Place("epn", services: "Maîtrise des outils numériques du quotidien")));
    }

    [Fact]
    public void Urgent_procedure_at_any_level_finds_procedure_help()
    {
        var rule = Rule("urgent-procedure");
        Assert.True(RuleMatch.AppliesTo(rule, Person(level: 4, urgent: true)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(level: 4)));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("aide", services: "Aide aux démarches administratives")));
        Assert.False(RuleMatch.IsOfferedBy(rule, Place("ac only", programs: "Aidants Connect")));
    }

    [Fact]
    public void Someone_who_would_rather_have_it_done_is_sent_where_procedures_are_done_with_them()
    {
        var rule = Rule("done-for-you");
        Assert.True(RuleMatch.AppliesTo(rule, Person(wantsToLearn: false)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(wantsToLearn: true)));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("ac", programs: "Aidants Connect")));
    }

    [Fact]
    public void No_device_or_connection_finds_solidarity_equipment_and_access_points()
    {
        var rule = Rule("equipment");
        Assert.True(RuleMatch.AppliesTo(rule, Person(equipmentMissing: true)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(equipmentMissing: false)));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("solidaire", services: "Acquisition de matériel informatique à prix solidaire")));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("caf", programs: "Point d'accès numérique CAF")));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("libre", services: "Accès internet et matériel informatique")));
        Assert.False(RuleMatch.IsOfferedBy(rule, Place("aide", services: "Aide aux démarches administratives")));
    }

    [Fact]
    public void Learning_one_to_one_is_for_levels_one_and_two()
    {
        var rule = Rule("learn-individual");
        Assert.True(RuleMatch.AppliesTo(rule, Person(level: 2)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(level: 3)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(level: 1, wantsToLearn: false)));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("cnfs", programs: "Conseillers numériques")));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("indiv", accompaniment: "Accompagnement individuel")));
    }

    [Fact]
    public void Workshops_match_the_standards_long_form_of_collective_accompaniment()
    {
        var rule = Rule("learn-workshop");
        Assert.True(RuleMatch.AppliesTo(rule, Person(level: 3)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(level: 4)));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("atelier", accompaniment: "Dans un atelier collectif : j'apprends collectivement à utiliser le numérique")));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("atelier court", accompaniment: "Dans un atelier collectif")));
    }

    [Fact]
    public void Practising_alone_is_for_levels_three_and_four()
    {
        var rule = Rule("practise-alone");
        Assert.True(RuleMatch.AppliesTo(rule, Person(level: 3)));
        Assert.False(RuleMatch.AppliesTo(rule, Person(level: 2)));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("libre", accompaniment: "En autonomie")));
    }

    [Theory]
    [InlineData("illiteracy", "Illettrisme")]
    [InlineData("foreign-language", "Langues étrangères (anglais)")]
    [InlineData("foreign-language", "Langues étrangères (autres)")]
    [InlineData("hearing", "Surdité")]
    [InlineData("visual", "Déficience visuelle")]
    [InlineData("motor", "Handicaps moteurs")]
    [InlineData("cognitive", "Handicaps mentaux")]
    public void A_specific_need_finds_places_that_declare_that_care(string need, string care)
    {
        var rule = Rule(need);
        Assert.True(RuleMatch.AppliesTo(rule, Person(specific: [need])));
        Assert.False(RuleMatch.AppliesTo(rule, Person()));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("care", care: care)));
        Assert.False(RuleMatch.IsOfferedBy(rule, Place("none", services: "Aide aux démarches administratives")));
    }

    [Theory]
    [InlineData("safety", "safety", "Utilisation sécurisée du numérique")]
    [InlineData("job", "job", "Insertion professionnelle via le numérique")]
    [InlineData("family", "family", "Parentalité et éducation avec le numérique")]
    public void A_stated_need_finds_the_matching_service(string key, string need, string service)
    {
        var rule = Rule(key);
        Assert.True(RuleMatch.AppliesTo(rule, Person(needs: [need, "caf"])));
        Assert.False(RuleMatch.AppliesTo(rule, Person(needs: ["caf"])));
        Assert.True(RuleMatch.IsOfferedBy(rule, Place("p", services: service)));
    }

    [Fact]
    public void A_disabled_rule_applies_to_nobody()
    {
        var rule = Rule("equipment");
        rule.Enabled = false;
        Assert.False(RuleMatch.AppliesTo(rule, Person(equipmentMissing: true)));
    }

    [Fact]
    public void Offer_tags_ignore_case_accents_and_typographic_apostrophes()
    {
        var tag = OfferTag.Parse("program:Point d'accès numérique CAF")!.Value;
        Assert.True(tag.IsOfferedBy(Place("p", programs: "POINT D’ACCES NUMERIQUE CAF")));
        Assert.Null(OfferTag.Parse("colour:blue"));
        Assert.Null(OfferTag.Parse("service:"));
        Assert.Null(OfferTag.Parse("no colon"));
    }
}
