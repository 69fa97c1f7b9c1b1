using EvalNumerique.Web.Features.Referrals.Directory;

namespace EvalNumerique.Web.Tests.Referrals.Directory;

/// <summary>
/// Builds LMN CSV text shaped like the ANCT's published files: the column order and quoting of the
/// mednum CLI's <c>mediation-numerique.to-csv</c> test, values modelled on its "structure-1" row
/// (anct-cartographie-nationale), with fictional names and addresses.
/// </summary>
internal static class DirectoryCsv
{
    public static readonly string[] Columns =
    [
        "id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse", "complement_adresse", "latitude", "longitude",
        "typologie", "telephone", "courriels", "site_web", "horaires", "presentation_resume", "presentation_detail", "source",
        "itinerance", "structure_parente", "date_maj", "services", "publics_specifiquement_adresses", "prise_en_charge_specifique",
        "frais_a_charge", "dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels", "modalites_acces",
        "modalites_accompagnement", "fiche_acces_libre", "prise_rdv",
    ];

    private static readonly Dictionary<string, string> GoodPlace = new()
    {
        ["id"] = "structure-1",
        ["pivot"] = "00000000000000",
        ["nom"] = "Tiers-lieu des Essais (fictif)",
        ["commune"] = "Reims",
        ["code_postal"] = "51100",
        ["code_insee"] = "51454",
        ["adresse"] = "12 BIS RUE DES ESSAIS",
        ["complement_adresse"] = "Le patio",
        ["latitude"] = "49.25609",
        ["longitude"] = "4.03423",
        ["typologie"] = "TIERS_LIEUX|ASSO",
        ["telephone"] = "+33180059880",
        ["courriels"] = "contact@essais.invalid|hello@essais.invalid",
        ["site_web"] = "https://www.essais.invalid/|https://m.social.invalid/essais/",
        ["horaires"] = "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00",
        ["presentation_resume"] = "Notre association propose des formations aux outils numériques à destination des personnes âgées.",
        ["source"] = "Hub fictif",
        ["itinerance"] = "Itinérant|Fixe",
        ["date_maj"] = "2022-06-02",
        ["services"] = "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien|Accès internet et matériel informatique",
        ["publics_specifiquement_adresses"] = "Familles et/ou enfants|Seniors",
        ["prise_en_charge_specifique"] = "Surdité|Déficience visuelle",
        ["frais_a_charge"] = "Payant|Gratuit sous condition",
        ["dispositif_programmes_nationaux"] = "France Services|Certification PIX|Point d'accès numérique CAF",
        ["modalites_acces"] = "Contacter par mail|Se présenter",
        ["modalites_accompagnement"] = "En autonomie|Accompagnement individuel",
        ["prise_rdv"] = "https://rdv.essais.invalid/",
    };

    public static string Header(char delimiter = ',') => string.Join(delimiter, Columns.Select(Quote));

    /// <summary>A valid place, with <paramref name="changes"/> applied (column, new value).</summary>
    public static string Row(string id, params (string Column, string Value)[] changes) => Row(',', id, changes);

    public static string Row(char delimiter, string id, params (string Column, string Value)[] changes)
    {
        var values = new Dictionary<string, string>(GoodPlace) { ["id"] = id };
        foreach (var (column, value) in changes) values[column] = value;
        return string.Join(delimiter, Columns.Select(c => Quote(values.GetValueOrDefault(c, ""))));
    }

    public static string File(params string[] rows) => Header() + "\n" + string.Join("\n", rows) + "\n";

    public static DirectoryReadResult Read(string text, DirectoryLimits? limits = null) =>
        LieuxMediationCsvReader.Read(new StringReader(text), "lieux.csv", limits);

    public static DirectoryReadResult ReadBytes(byte[] bytes, DirectoryLimits? limits = null) =>
        LieuxMediationCsvReader.Read(new MemoryStream(bytes), "lieux.csv", limits);

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
