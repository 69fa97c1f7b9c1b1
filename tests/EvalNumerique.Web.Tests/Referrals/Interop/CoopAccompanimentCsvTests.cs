using System.Text;
using EvalNumerique.Web.Features.Privacy;
using EvalNumerique.Web.Features.Referrals.Interop;

namespace EvalNumerique.Web.Tests.Referrals.Interop;

public sealed class CoopAccompanimentCsvTests
{
    private const string Header =
        "Date;Type;Bénéficiaire;Canaux d’accompagnement;Nom du lieu;Durée (min);Thématique(s) d’accompagnement;"
        + "Thématique(s) de la démarche administrative;Niveau d’autonomie;Bénéficiaire réorienté;Structure de redirection;"
        + "Structure(s) d’orientation;type;autonomie;thematiques;thematiques_demarche_administrative;oriente_vers_structure;"
        + "structure_de_redirection;ID EvalNumerique";

    [Fact]
    public void The_header_uses_the_coop_s_column_titles_then_its_api_codes()
    {
        string text = CoopAccompanimentCsv.Write("P-1", []).ToString();
        Assert.Equal(Header + "\r\n", text);
    }

    [Fact]
    public void A_row_holds_the_coop_s_labels_and_codes()
    {
        var facts = CoopAccompanimentMappingTests.Facts(places: [new("CCAS de Ville-Démo", "CCAS"), new("Mission locale", "ML")], kiosk: true);
        var row = CoopAccompanimentMapping.Map(facts);
        string line = CoopAccompanimentCsv.Write("P-1A2B3C4D", [row]).ToString().Split("\r\n")[1];
        Assert.Equal(
            "02/03/2026;Accompagnement individuel;P-1A2B3C4D;Lieu d’activité;CCAS A;25;"
            + "Diagnostic numérique | Aide aux démarches administratives | E-mail;Famille - Scolarité;"
            + "Autonome avec guidage en cas de besoin;Oui;"
            + "Structure d’aide sociale (maison des solidarités, centre social…) | "
            + "Structure d’insertion professionnelle (France Travail, mission locale, chambre de commerce…);"
            + "CCAS de Ville-Démo | Mission locale;individuel;partiellement_autonome;"
            + "diagnostic_numerique,aide_aux_demarches_administratives,email;famille_scolarite;true;aide_sociale,insertion_professionnelle;"
            + facts.CheckId,
            line);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+33 6 12")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Names_from_the_directory_or_the_structure_never_run_as_formulas(string name)
    {
        var facts = CoopAccompanimentMappingTests.Facts(places: [new(name)]) with { StructureName = name };
        var cells = CoopAccompanimentCsv.Cells("P-1", CoopAccompanimentMapping.Map(facts));
        var written = cells.Select(CsvWriter.Escape).ToList();
        Assert.Equal(CsvWriter.Escape(CsvCell.Text(name)), written[4]);
        Assert.StartsWith("'", written[4].TrimStart('"'), StringComparison.Ordinal);
        Assert.StartsWith("'", written[11].TrimStart('"'), StringComparison.Ordinal);
        Assert.All(written, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', cell));
    }

    [Fact]
    public void A_place_name_with_the_separator_stays_in_its_cell()
    {
        var facts = CoopAccompanimentMappingTests.Facts(places: [new("Maison; des services")]);
        string line = CoopAccompanimentCsv.Write("P-1", [CoopAccompanimentMapping.Map(facts)]).ToString().Split("\r\n")[1];
        Assert.Contains(";\"Maison; des services\";", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_starts_with_a_byte_order_mark()
    {
        byte[] bytes = CoopAccompanimentCsv.Write("P-1", []).ToBytes();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
    }
}
