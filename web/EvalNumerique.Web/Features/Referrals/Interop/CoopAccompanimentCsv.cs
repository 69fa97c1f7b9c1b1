using System.Globalization;
using EvalNumerique.Web.Features.Privacy;

namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>
/// The CSV of a person's accompaniments for La Coop de la médiation numérique, written with the
/// formula-safe <see cref="CsvWriter"/> (";", BOM, CRLF). The first columns carry the Coop's own
/// titles and labels, for a mediator who copies them into the Coop's form; the last ones carry the
/// codes of the Coop's public API v1, for a tool that would import the file.
/// </summary>
public static class CoopAccompanimentCsv
{
    /// <summary>Between the values of a list in one cell (themes, places).</summary>
    public const string ListSeparator = " | ";

    public static IReadOnlyList<string> Header { get; } =
    [
        "Date",
        "Type",
        "Bénéficiaire",
        "Canaux d’accompagnement",
        "Nom du lieu",
        "Durée (min)",
        "Thématique(s) d’accompagnement",
        "Thématique(s) de la démarche administrative",
        "Niveau d’autonomie",
        "Bénéficiaire réorienté",
        "Structure de redirection",
        "Structure(s) d’orientation",
        "type",
        "autonomie",
        "thematiques",
        "thematiques_demarche_administrative",
        "oriente_vers_structure",
        "structure_de_redirection",
        "ID EvalNumerique",
    ];

    /// <summary>The file: the header, then one row per accompaniment.</summary>
    public static CsvWriter Write(string pseudonym, IEnumerable<CoopAccompaniment> accompaniments)
    {
        ArgumentNullException.ThrowIfNull(accompaniments);
        var csv = new CsvWriter().Row(Header.Select(CsvCell.Text));
        foreach (var row in accompaniments) csv.Row(Cells(pseudonym, row));
        return csv;
    }

    /// <summary>The cells of one row, in the order of <see cref="Header"/>.</summary>
    public static IReadOnlyList<CsvCell> Cells(string pseudonym, CoopAccompaniment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var type = CoopVocabulary.IndividualAccompaniment;
        return
        [
            new(row.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), true),
            type.Label,
            pseudonym,
            row.PlaceType?.Label,
            row.PlaceName,
            CsvCell.Number(row.DurationMinutes),
            Labels(row.Themes),
            Labels(row.AdministrativeThemes),
            row.Autonomy.Label,
            CoopVocabulary.YesNo(row.Oriented),
            Labels(row.Redirections),
            string.Join(ListSeparator, row.Places),
            type.ApiValue,
            row.Autonomy.ApiValue,
            Codes(row.Themes),
            Codes(row.AdministrativeThemes),
            row.Oriented ? "true" : "false",
            Codes(row.Redirections),
            row.CheckId.ToString(),
        ];
    }

    private static string Labels(IEnumerable<CoopTerm> terms) => string.Join(ListSeparator, terms.Select(t => t.Label));

    // The API's lists have no spaces; "," as in its query strings.
    private static string Codes(IEnumerable<CoopTerm> terms) => string.Join(",", terms.Select(t => t.ApiValue));
}
