using System.Text;
using EvalNumerique.Web.Features.Referrals.Directory;

namespace EvalNumerique.Web.Tests.Referrals.Directory;

// Reference for the format: LaMednum/standard-mediation-num schema.json and the ANCT mednum CLI's
// CSV export (column order, quoting, "|" between values); see DirectoryCsv.
public sealed class LieuxMediationCsvReaderTests
{
    [Fact]
    public void A_real_shaped_row_becomes_a_place_with_every_field()
    {
        var result = DirectoryCsv.Read(DirectoryCsv.File(DirectoryCsv.Row("structure-1")));

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(1, result.RowsRead);
        var place = Assert.Single(result.Records);
        Assert.Equal(DirectorySources.LieuxMediationNumerique, place.Source);
        Assert.Equal("structure-1", place.SourceId);
        Assert.Equal("Tiers-lieu des Essais (fictif)", place.Name);
        Assert.Equal(["TIERS_LIEUX", "ASSO"], place.Typologies);
        Assert.Equal("12 BIS RUE DES ESSAIS", place.Address);
        Assert.Equal("51100", place.PostalCode);
        Assert.Equal("51454", place.InseeCode);
        Assert.Equal("Reims", place.Commune);
        Assert.Equal(49.25609, place.Latitude!.Value, 1e-9);
        Assert.Equal(4.03423, place.Longitude!.Value, 1e-9);
        Assert.Equal("+33180059880", place.Phone);
        Assert.Equal(["contact@essais.invalid", "hello@essais.invalid"], place.Emails);
        Assert.Equal("https://www.essais.invalid/", place.Website);
        Assert.Equal("https://rdv.essais.invalid/", place.BookingUrl);
        Assert.Equal("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", place.OpeningHours);
        Assert.StartsWith("Notre association", place.Summary, StringComparison.Ordinal);
        Assert.Equal(["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien", "Accès internet et matériel informatique"], place.Services);
        Assert.Equal(["Familles et/ou enfants", "Seniors"], place.Publics);
        Assert.Equal(["Surdité", "Déficience visuelle"], place.SpecificCare);
        Assert.Equal(["Payant", "Gratuit sous condition"], place.Fees);
        Assert.Equal(["Contacter par mail", "Se présenter"], place.AccessModes);
        Assert.Equal(["En autonomie", "Accompagnement individuel"], place.AccompanimentModes);
        Assert.Equal(["France Services", "Certification PIX", "Point d'accès numérique CAF"], place.NationalPrograms);
        Assert.Equal(new DateOnly(2022, 6, 2), place.UpdatedOn);
        Assert.Equal(2, place.SourceLine);
    }

    [Fact]
    public void Semicolons_and_bars_both_separate_values_and_lists_are_trimmed_and_deduplicated()
    {
        // The schema text says ";" while the ANCT exports write "|": both are accepted.
        var csv = DirectoryCsv.File(
            DirectoryCsv.Row("bars", ("services", "Aide aux démarches administratives | Loisirs et créations numériques|")),
            DirectoryCsv.Row("semicolons", ("services", "Aide aux démarches administratives; Loisirs et créations numériques;;aide aux démarches administratives")));

        var result = DirectoryCsv.Read(csv);

        Assert.Empty(result.Errors);
        Assert.All(result.Records, r => Assert.Equal(["Aide aux démarches administratives", "Loisirs et créations numériques"], r.Services));
    }

    [Fact]
    public void A_semicolon_delimited_file_from_a_french_spreadsheet_is_read()
    {
        var csv = DirectoryCsv.Header(';') + "\r\n" + DirectoryCsv.Row(';', "a") + "\r\n" + DirectoryCsv.Row(';', "b", ("services", "Aide aux démarches administratives;Utilisation sécurisée du numérique")) + "\r\n";

        var result = DirectoryCsv.Read(csv);

        Assert.Empty(result.Errors);
        Assert.Equal(["a", "b"], result.Records.Select(r => r.SourceId));
        Assert.Equal(["Aide aux démarches administratives", "Utilisation sécurisée du numérique"], result.Records[1].Services);
        Assert.Equal([2, 3], result.Records.Select(r => r.SourceLine));
    }

    [Fact]
    public void Unquoted_comma_file_with_lf_endings_is_read()
    {
        var csv = "id,nom,adresse,code_postal,commune,services,date_maj\nx1,Point fictif,1 rue Haute,01000,Bourg,Aide aux démarches administratives,2024-01-31\n";

        var result = DirectoryCsv.Read(csv);

        Assert.Empty(result.Errors);
        Assert.Equal("01000", Assert.Single(result.Records).PostalCode);
    }

    [Fact]
    public void Quoted_values_with_line_breaks_doubled_quotes_and_delimiters_keep_later_line_numbers_right()
    {
        var csv = DirectoryCsv.File(
            DirectoryCsv.Row("multi-line", ("presentation_resume", "Première ligne,\r\ndeuxième \"ligne\";\ntroisième")),
            DirectoryCsv.Row("after", ("latitude", "not-a-number")));

        var result = DirectoryCsv.Read(csv);

        var place = Assert.Single(result.Records);
        Assert.Equal("Première ligne,\ndeuxième \"ligne\";\ntroisième", place.Summary);
        Assert.Equal(2, place.SourceLine);
        // Header is line 1, the quoted row spans lines 2-4, so the bad row is on line 5.
        var error = Assert.Single(result.Errors);
        Assert.Equal((5, "latitude"), (error.Line, error.Field));
    }

    [Fact]
    public void A_byte_order_mark_does_not_hide_the_first_column()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DirectoryCsv.File(DirectoryCsv.Row("bom")))).ToArray();

        var fromStream = DirectoryCsv.ReadBytes(bytes);
        var fromText = DirectoryCsv.Read("\uFEFF" + DirectoryCsv.File(DirectoryCsv.Row("bom")));

        Assert.Equal("bom", Assert.Single(fromStream.Records).SourceId);
        Assert.Equal("bom", Assert.Single(fromText.Records).SourceId);
        Assert.Empty(fromStream.Warnings);
    }

    [Fact]
    public void Header_names_match_without_case_and_unknown_columns_are_ignored_with_one_warning_each()
    {
        var csv = "ID;Nom;Adresse;Code_Postal;COMMUNE;services;date_maj;pivot;Remarque interne\n"
                  + "a;Lieu A (fictif);1 rue A;75011;Paris;Aide aux démarches administratives;2025-01-02;00000000000000;à revoir\n"
                  + "b;Lieu B (fictif);2 rue B;75011;Paris;Aide aux démarches administratives;2025-01-02;00000000000000;ok\n";

        var result = DirectoryCsv.Read(csv);

        Assert.Equal(2, result.Records.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((1, "Remarque interne"), (warning.Line, warning.Field));
    }

    [Fact]
    public void A_missing_required_column_refuses_the_file_with_one_error_on_line_1()
    {
        var csv = "id,nom,code_postal,services\nx,Lieu (fictif),75011,Aide aux démarches administratives\n";

        var result = DirectoryCsv.Read(csv);

        Assert.Empty(result.Records);
        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("adresse", error.Message, StringComparison.Ordinal);
        Assert.Contains("commune", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_columns_the_schema_expects_but_a_referral_can_live_without_are_warnings()
    {
        var csv = "id,nom,adresse,code_postal,commune\nx,Lieu (fictif),1 rue Basse,75011,Paris\n";

        var result = DirectoryCsv.Read(csv);

        Assert.Single(result.Records);
        Assert.Empty(result.Errors);
        Assert.Contains(result.Warnings, w => w is { Line: 1, Field: "pivot" });
        Assert.Contains(result.Warnings, w => w is { Line: 1, Field: "services" });
        Assert.Contains(result.Warnings, w => w is { Line: 1, Field: "date_maj" });
    }

    [Fact]
    public void Older_and_long_labels_are_read_as_the_current_values()
    {
        // Long labels come from the schema description; "Illetrisme" from its own example;
        // "Accéder à du matériel" from the 2022 draft (Schema_V1.json).
        var csv = DirectoryCsv.File(DirectoryCsv.Row("old",
            ("frais_a_charge", "Gratuit : Je peux accéder gratuitement au lieu et à ses services"),
            ("prise_en_charge_specifique", "Illetrisme"),
            ("services", "Accéder à du matériel"),
            ("modalites_accompagnement", "Dans un atelier collectif : j'apprends collectivement à utiliser le numérique")));

        var result = DirectoryCsv.Read(csv);

        var place = Assert.Single(result.Records);
        Assert.Equal(["Gratuit"], place.Fees);
        Assert.Equal(["Illettrisme"], place.SpecificCare);
        Assert.Equal(["Accès internet et matériel informatique"], place.Services);
        Assert.Equal(["Dans un atelier collectif"], place.AccompanimentModes);
        Assert.Equal(2, result.Warnings.Count);
        Assert.All(result.Warnings, w => Assert.Contains("older name", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Recoverable_oddities_are_warnings_and_the_row_is_kept()
    {
        var csv = DirectoryCsv.File(DirectoryCsv.Row("odd",
            ("services", "Aide aux démarches administratives|Aide numérique générale"),
            ("site_web", "www.essais.invalid"),
            ("typologie", "FS"),
            ("courriels", "contact(at)essais.invalid"),
            ("latitude", "49,25609"),
            ("longitude", "4,03423")));

        var result = DirectoryCsv.Read(csv.Replace("\",\"", "\";\"", StringComparison.Ordinal));

        var place = Assert.Single(result.Records);
        Assert.Empty(result.Errors);
        Assert.Equal(["Aide aux démarches administratives"], place.Services);
        Assert.Equal("", place.Website);
        Assert.Equal(["FS"], place.Typologies);
        Assert.Empty(place.Emails);
        Assert.Equal(49.25609, place.Latitude!.Value, 1e-9);
        Assert.Equal(
            ["courriels", "latitude", "longitude", "services", "site_web", "typologie"],
            result.Warnings.Select(w => w.Field).Order(StringComparer.Ordinal));
        Assert.All(result.Warnings, w => Assert.Equal(2, w.Line));
        Assert.Contains(result.Warnings, w => w.Field == "typologie" && w.Message.Contains("RFS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_or_zero_position_keeps_the_place_without_coordinates()
    {
        var csv = DirectoryCsv.File(
            DirectoryCsv.Row("half", ("longitude", "")),
            DirectoryCsv.Row("zero", ("latitude", "0"), ("longitude", "0")));

        var result = DirectoryCsv.Read(csv);

        Assert.Equal(2, result.Records.Count);
        Assert.All(result.Records, r => Assert.Null(r.Latitude));
        Assert.Equal([(2, "longitude"), (3, "latitude")], result.Warnings.Select(w => (w.Line, w.Field)));
    }

    [Fact]
    public void Text_that_is_not_utf8_gets_one_warning()
    {
        var latin1 = Encoding.Latin1.GetBytes(DirectoryCsv.File(DirectoryCsv.Row("a", ("nom", "Médiathèque (fictive)")), DirectoryCsv.Row("b", ("nom", "Clé (fictive)"))));

        var result = DirectoryCsv.ReadBytes(latin1);

        // The rows are kept (their accents are lost, which the value warnings show); the file gets one encoding warning.
        Assert.Equal(2, result.Records.Count);
        var warning = Assert.Single(result.Warnings, w => w.Field == DirectoryRowError.FileField);
        Assert.Equal(2, warning.Line);
        Assert.Contains("CSV UTF-8", warning.Message, StringComparison.Ordinal);
    }
}
