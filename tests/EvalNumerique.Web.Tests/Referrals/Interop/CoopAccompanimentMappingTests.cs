using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Interop;
using V = EvalNumerique.Web.Features.Referrals.Interop.CoopVocabulary;

namespace EvalNumerique.Web.Tests.Referrals.Interop;

public sealed class CoopAccompanimentMappingTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, "EntierementAccompagne", "Avec guidage")]
    [InlineData(2, "PartiellementAutonome", "Autonome avec guidage en cas de besoin")]
    [InlineData(3, "PartiellementAutonome", "Autonome avec guidage en cas de besoin")]
    [InlineData(4, "Autonome", "Autonome")]
    [InlineData(0, "EntierementAccompagne", "Avec guidage")]
    [InlineData(5, "Autonome", "Autonome")]
    public void The_four_levels_become_the_coop_s_three_levels_of_autonomy(int level, string value, string label)
    {
        var autonomy = CoopAccompanimentMapping.Autonomy(level);
        Assert.Equal(value, autonomy.Value);
        Assert.Equal(label, autonomy.Label);
    }

    [Fact]
    public void Every_check_is_a_digital_diagnosis_and_comes_first()
    {
        var (themes, administrative) = CoopAccompanimentMapping.Themes([], []);
        Assert.Equal([V.DigitalDiagnosis], themes);
        Assert.Empty(administrative);
    }

    [Theory]
    [InlineData("caf", "AideAuxDemarchesAdministratives", "FamilleScolarite")]
    [InlineData("health", "Sante", "")]
    [InlineData("job", "InsertionProfessionnelle", "")]
    [InlineData("family", "ReseauxSociaux", "")]
    [InlineData("taxes", "AideAuxDemarchesAdministratives", "ArgentImpots")]
    [InlineData("housing", "AideAuxDemarchesAdministratives", "Logement")]
    [InlineData("safety", "SecuriteNumerique", "")]
    [InlineData("everyday", "PrendreEnMainDuMateriel", "")]
    public void Each_need_has_its_theme(string need, string theme, string administrativeTheme)
    {
        var (themes, administrative) = CoopAccompanimentMapping.Themes([need], []);
        Assert.Equal(["DiagnosticNumerique", theme], themes.Select(t => t.Value));
        Assert.Equal(administrativeTheme.Length == 0 ? [] : [administrativeTheme], administrative.Select(t => t.Value));
    }

    [Fact]
    public void Every_need_of_the_check_screen_has_a_theme()
    {
        foreach (var need in Needs.All)
            Assert.True(CoopAccompanimentMapping.Themes([need.Id], []).Themes.Count > 1, $"need {need.Id} has no theme");
    }

    [Fact]
    public void Themes_of_several_needs_keep_their_order_without_repeats_and_unknown_needs_are_ignored()
    {
        var (themes, administrative) = CoopAccompanimentMapping.Themes(["taxes", "pets", "caf", "safety"], []);
        Assert.Equal([V.DigitalDiagnosis, V.AdministrativeHelp, V.DigitalSafety], themes);
        Assert.Equal([V.MoneyAndTaxes, V.FamilyAndSchool], administrative);
    }

    [Theory]
    [InlineData("device", "PrendreEnMainDuMateriel")]
    [InlineData("information", "NavigationSurInternet")]
    [InlineData("communication", "Email")]
    [InlineData("safety", "SecuriteNumerique")]
    [InlineData("procedures", "AideAuxDemarchesAdministratives")]
    public void The_weakest_domain_gives_its_theme(string domain, string theme)
    {
        DomainLevel[] domains = [.. new[] { "device", "information", "communication", "safety", "procedures" }
            .Select(d => new DomainLevel(d, d == domain ? 1 : 3, 0, 4))];
        var (themes, _) = CoopAccompanimentMapping.Themes([], domains);
        Assert.Equal(["DiagnosticNumerique", theme], themes.Select(t => t.Value));
    }

    [Fact]
    public void Weakest_domains_are_those_of_the_lowest_level_with_questions_below_4_weakest_first_two_at_most()
    {
        DomainLevel[] domains =
        [
            new("device", 2, -0.5, 3),
            new("information", 2, -1.2, 2),
            new("communication", 2, -0.9, 2),
            new("safety", 1, -2.5, 0), // no question: only the prior
            new("procedures", 3, 0.4, 3),
        ];
        Assert.Equal(["information", "communication"], CoopAccompanimentMapping.WeakestDomains(domains).Select(d => d.DomainId));
        Assert.Empty(CoopAccompanimentMapping.WeakestDomains([new("device", 4, 2.1, 5), new("safety", 4, 1.9, 3)]));
    }

    [Fact]
    public void Administrative_themes_come_only_with_help_with_procedures()
    {
        // Needs and domain say the same thing once.
        var (themes, administrative) = CoopAccompanimentMapping.Themes(["housing"], [new("procedures", 1, -1, 3)]);
        Assert.Equal([V.DigitalDiagnosis, V.AdministrativeHelp], themes);
        Assert.Equal([V.Housing], administrative);
        Assert.DoesNotContain(themes, V.AdministrativeThemes.Contains);
    }

    [Fact]
    public void Orientation_is_the_places_in_order_with_the_kind_of_each_structure()
    {
        var row = CoopAccompanimentMapping.Map(Facts(places:
        [
            new("France Services de Ville-Démo", "MUNI", "France Services|Conseillers numériques"),
            new("CCAS de Ville-Démo", "CCAS"),
            new("Mission locale", "ML"),
            new("Mairie annexe", "Autre|MUNI"),
            new("Caisse d'allocations familiales", "caf"),
            new("Médiathèque", "BIB"),
            new("Centre social Les Tilleuls", "CS"),
        ]));
        Assert.True(row.Oriented);
        Assert.Equal(["France Services de Ville-Démo", "CCAS de Ville-Démo", "Mission locale", "Mairie annexe", "Caisse d'allocations familiales",
            "Médiathèque", "Centre social Les Tilleuls"], row.Places);
        Assert.Equal([V.AdministrativeHelpStructure, V.SocialHelp, V.EmploymentStructure, V.Administration, V.OperatorInCharge, V.OtherStructure],
            row.Redirections);
    }

    [Fact]
    public void No_place_means_not_oriented()
    {
        var row = CoopAccompanimentMapping.Map(Facts(places: []));
        Assert.False(row.Oriented);
        Assert.Empty(row.Places);
        Assert.Empty(row.Redirections);
    }

    [Theory]
    [InlineData(0, 24.4, null, 24)]
    [InlineData(0, 24.5, null, 25)]
    [InlineData(0, 0.2, null, 1)]
    [InlineData(0, 119.6, null, 120)]
    [InlineData(0, 300, 280.0, 20)] // invited long before: from the first question
    [InlineData(0, 300, null, 120)] // no answer to tell: capped
    [InlineData(0, 3000, 2500.0, 120)] // a tab left open for hours: capped
    public void Duration_is_rounded_minutes_from_creation_or_first_question_and_capped(double created, double finished, double? firstQuestion, int minutes) =>
        Assert.Equal(minutes, CoopAccompanimentMapping.DurationMinutes(
            Monday.AddMinutes(created), Monday.AddMinutes(finished), firstQuestion is { } f ? Monday.AddMinutes(f) : null));

    [Fact]
    public void The_date_is_the_day_in_french_time()
    {
        Assert.Equal(new DateOnly(2026, 7, 2), CoopAccompanimentMapping.FrenchDate(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 1, 15), CoopAccompanimentMapping.FrenchDate(new DateTimeOffset(2026, 1, 15, 22, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_kiosk_check_happened_at_the_place_of_activity_an_invitation_may_not_have()
    {
        Assert.Equal(V.PlaceOfActivity, CoopAccompanimentMapping.Map(Facts(kiosk: true)).PlaceType);
        Assert.Null(CoopAccompanimentMapping.Map(Facts(kiosk: false)).PlaceType);
    }

    [Fact]
    public void A_whole_check_maps_to_one_accompaniment()
    {
        var facts = Facts(places: [new("CCAS de Ville-Démo", "CCAS")]);
        var row = CoopAccompanimentMapping.Map(facts);
        Assert.Equal(facts.CheckId, row.CheckId);
        Assert.Equal(new DateOnly(2026, 3, 2), row.Date);
        Assert.Equal(25, row.DurationMinutes);
        Assert.Equal("CCAS A", row.PlaceName);
        Assert.Equal(V.PartlyAutonomous, row.Autonomy);
        Assert.Equal([V.DigitalDiagnosis, V.AdministrativeHelp, V.Email], row.Themes);
        Assert.Equal([V.FamilyAndSchool], row.AdministrativeThemes);
    }

    internal static AccompanimentFacts Facts(IReadOnlyList<OrientationPlace>? places = null, bool kiosk = false, int level = 2) =>
        new(Guid.NewGuid(), Monday, Monday.AddMinutes(25), Monday.AddMinutes(3), kiosk, "CCAS A", level, ["caf"],
            [new("device", 3, 0.2, 4), new("communication", 2, -0.8, 3), new("procedures", 3, 0.1, 4)],
            places ?? []);
}
