using System.Text;
using EvalNumerique.Web.Features.Referrals.Directory;

namespace EvalNumerique.Web.Tests.Referrals.Directory;

// Shapes from gip-inclusion/data-inclusion-schema (v0 structures.py / services.py: structures and
// services are two lists joined by structure_id; examples/valid/001.json) with fictional values.
public sealed class DataInclusionJsonReaderTests
{
    private const string Structures = """
        [
          {
            "id": "cs-tournesol",
            "source": "dora",
            "siret": null,
            "nom": "Centre social Le Tournesol (fictif)",
            "commune": "Ville-Démo (fictive)",
            "code_postal": "00000",
            "code_insee": "00000",
            "adresse": "4 rue des Fleurs",
            "latitude": 46.501,
            "longitude": 2.499,
            "typologie": "CS",
            "telephone": "+33100000020",
            "courriel": "accueil@exemple.invalid",
            "site_web": "https://exemple.invalid/tournesol",
            "horaires_ouverture": "Mo-Fr 08:30-12:30; PH off",
            "presentation_resume": "Accueil de tous les habitants.",
            "date_maj": "2025-02-14",
            "labels_nationaux": ["france-service", "aidants-connect"],
            "thematiques": ["famille--soutien-a-la-parentalite"]
          },
          {
            "id": "asso-clic",
            "source": "mediation-numerique",
            "nom": "Association Clic (fictive)",
            "commune": "Ville-Démo (fictive)",
            "code_postal": "00000",
            "adresse": "7 rue du Port",
            "date_maj": "2025-03-01T10:00:00.000Z",
            "services": [
              { "id": "clic-1", "nom": "Ateliers numériques", "thematiques": ["numerique--prendre-en-main-un-smartphone-ou-une-tablette"], "types": ["atelier"], "frais": ["payant"] }
            ]
          }
        ]
        """;

    private const string Services = """
        [
          {
            "id": "tournesol-num",
            "structure_id": "cs-tournesol",
            "source": "dora",
            "nom": "Aide aux démarches en ligne",
            "thematiques": ["numerique--realiser-des-demarches-administratives-avec-un-accompagnement", "numerique--acceder-a-une-connexion-internet"],
            "types": ["accompagnement", "delegation"],
            "frais": ["gratuit"],
            "profils": ["seniors-65", "personnes-en-situation-illettrisme", "surdite", "adultes"],
            "modes_accueil": ["en-presentiel", "a-distance"],
            "prise_rdv": "https://exemple.invalid/rdv/tournesol",
            "date_maj": "2025-02-14"
          },
          {
            "id": "orphan",
            "structure_id": "nowhere",
            "source": "dora",
            "nom": "Service sans structure"
          }
        ]
        """;

    private static DirectoryReadResult Read(string structures, string? services = null) =>
        DataInclusionJsonReader.Read(
            new MemoryStream(Encoding.UTF8.GetBytes(structures)),
            services is null ? null : new MemoryStream(Encoding.UTF8.GetBytes(services)),
            "data-inclusion.json");

    [Fact]
    public void A_structure_and_its_services_become_one_place_in_the_lmn_vocabulary()
    {
        var result = Read(Structures, Services);

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.RowsRead);
        var place = result.Records[0];
        Assert.Equal(DirectorySources.DataInclusion, place.Source);
        Assert.Equal("dora:cs-tournesol", place.SourceId);
        Assert.Equal(["CS"], place.Typologies);
        Assert.Equal(46.501, place.Latitude!.Value, 1e-9);
        Assert.Equal("Mo-Fr 08:30-12:30; PH off", place.OpeningHours);
        Assert.Equal(["Aide aux démarches administratives", "Accès internet et matériel informatique"], place.Services);
        Assert.Equal(["Gratuit"], place.Fees);
        Assert.Equal(["Seniors"], place.Publics);
        Assert.Equal(["Illettrisme", "Surdité"], place.SpecificCare);
        Assert.Equal(["Accompagnement individuel", "À distance"], place.AccompanimentModes);
        Assert.Equal(["France Services", "Aidants Connect"], place.NationalPrograms);
        Assert.Equal("https://exemple.invalid/rdv/tournesol", place.BookingUrl);
        Assert.Equal(["accueil@exemple.invalid"], place.Emails);
        Assert.Equal(new DateOnly(2025, 2, 14), place.UpdatedOn);
        Assert.Equal(2, place.SourceLine);
    }

    [Fact]
    public void Services_embedded_in_a_structure_are_merged_too()
    {
        var result = Read(Structures);

        var clic = result.Records.Single(r => r.SourceId == "mediation-numerique:asso-clic");
        Assert.Equal(["Maîtrise des outils numériques du quotidien"], clic.Services);
        Assert.Equal(["Dans un atelier collectif"], clic.AccompanimentModes);
        Assert.Equal(["Payant"], clic.Fees);
        Assert.Equal(new DateOnly(2025, 3, 1), clic.UpdatedOn);
        Assert.Equal(23, clic.SourceLine);
    }

    [Fact]
    public void A_service_whose_structure_is_missing_is_a_warning_on_its_line()
    {
        var result = Read(Structures, Services);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal((15, "structure_id"), (warning.Line, warning.Field));
        Assert.Contains("nowhere", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_a_file_error_with_its_line_and_position_never_an_exception()
    {
        var broken = "[\n  { \"id\": \"a\", \"nom\": \"A\" },\n  { \"id\": \"b\" \"nom\": \"B\" }\n]";

        var result = Read(broken);

        Assert.Empty(result.Records);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, DirectoryRowError.FileField), (error.Line, error.Field));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_services_refuse_the_import_rather_than_losing_services_silently()
    {
        var result = Read(Structures, "[ { \"id\": ");

        Assert.Empty(result.Records);
        Assert.Contains("(services)", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"id\": \"x\" }", "does not start with a JSON array")]
    [InlineData("", "is empty")]
    [InlineData("[] trailing", "not valid JSON")]
    public void A_file_that_is_not_an_array_of_structures_is_refused(string json, string messagePart)
    {
        var result = Read(json);

        Assert.Empty(result.Records);
        Assert.Contains(messagePart, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_structures_are_skipped_with_line_and_field_and_good_ones_kept()
    {
        var json = """
            [
              { "id": "ok", "nom": "Lieu bon (fictif)", "adresse": "1 rue A", "code_postal": "00000", "commune": "Ville-Démo (fictive)" },
              { "id": "no-address", "nom": "Sans adresse (fictif)", "code_postal": "00000", "commune": "Ville-Démo (fictive)" },
              { "id": "bad-lat", "nom": "Latitude (fictif)", "adresse": "2 rue B", "code_postal": "00000", "commune": "X", "latitude": "48,85x", "longitude": 2.3 },
              { "id": "ok", "nom": "Doublon (fictif)", "adresse": "3 rue C", "code_postal": "00000", "commune": "X" },
              { "id": "bad-cp", "nom": "Code postal (fictif)", "adresse": "4 rue D", "code_postal": "7501", "commune": "X" },
              "not an object"
            ]
            """;

        var result = Read(json);

        Assert.Equal("ok", Assert.Single(result.Records).SourceId);
        Assert.Equal(
            [(3, "adresse"), (4, "latitude"), (5, "id"), (6, "code_postal"), (7, DirectoryRowError.FileField)],
            result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal(6, result.RowsRead);
    }

    [Fact]
    public void Mapping_tables_only_hold_current_lmn_values()
    {
        // Every mapped value must exist in the LMN vocabulary, or records would carry values no rule matches.
        Assert.All(DataInclusionMapping.ThematiqueToService.Values, v => Assert.Contains(v, LieuxMediationVocabulary.Services.Values));
        Assert.All(DataInclusionMapping.FraisToFee.Values, v => Assert.Contains(v, LieuxMediationVocabulary.Fees.Values));
        Assert.All(DataInclusionMapping.ProfilToPublic.Values, v => Assert.Contains(v, LieuxMediationVocabulary.Publics.Values));
        Assert.All(DataInclusionMapping.ProfilToSpecificCare.Values, v => Assert.Contains(v, LieuxMediationVocabulary.SpecificCare.Values));
        Assert.All(DataInclusionMapping.TypeToAccompanimentMode.Values, v => Assert.Contains(v, LieuxMediationVocabulary.AccompanimentModes.Values));
        Assert.All(DataInclusionMapping.LabelToNationalProgram.Values, v => Assert.Contains(v, LieuxMediationVocabulary.NationalPrograms.Values));
    }
}
