namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Column names of the "Lieux de médiation numérique" CSV, in the order the ANCT publishes them
/// (anct-cartographie-nationale mednum CLI, <c>mediation-numerique.to-csv</c>), with the schema's
/// required columns (LaMednum/standard-mediation-num <c>schema.json</c>).
/// </summary>
internal static class LieuxMediationColumns
{
    public const string Id = "id";
    public const string Pivot = "pivot";
    public const string Nom = "nom";
    public const string Commune = "commune";
    public const string CodePostal = "code_postal";
    public const string CodeInsee = "code_insee";
    public const string Adresse = "adresse";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Typologie = "typologie";
    public const string Telephone = "telephone";
    public const string Courriels = "courriels";
    public const string SiteWeb = "site_web";
    public const string Horaires = "horaires";
    public const string PresentationResume = "presentation_resume";
    public const string DateMaj = "date_maj";
    public const string Services = "services";
    public const string Publics = "publics_specifiquement_adresses";
    public const string SpecificCare = "prise_en_charge_specifique";
    public const string Fees = "frais_a_charge";
    public const string NationalPrograms = "dispositif_programmes_nationaux";
    public const string AccessModes = "modalites_acces";
    public const string AccompanimentModes = "modalites_accompagnement";
    public const string PriseRdv = "prise_rdv";

    /// <summary>Every column of schema v1.0.x; the ones not listed above are read by nobody yet, but are not unknown.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Id, Pivot, Nom, Commune, CodePostal, CodeInsee, Adresse, "complement_adresse", Latitude, Longitude, "cle_ban",
        Typologie, Telephone, Courriels, SiteWeb, Horaires, PresentationResume, "presentation_detail", "source",
        "itinerance", "structure_parente", DateMaj, Services, Publics, SpecificCare, Fees, NationalPrograms,
        "formations_labels", "autres_formations_labels", AccessModes, AccompanimentModes, "fiche_acces_libre", PriseRdv,
    };

    /// <summary>Without these a row cannot become a place people can be sent to: a missing column refuses the file.</summary>
    public static IReadOnlyList<string> Required { get; } = [Id, Nom, Adresse, CodePostal, Commune];

    /// <summary>Required by the schema too, but a place without them can still be shown: missing means a warning.</summary>
    public static IReadOnlyList<string> Expected { get; } = [Pivot, DateMaj, Services];

    /// <summary>Header spellings seen in published files: the 2022 draft and the schema's own example file.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["courriel"] = Courriels,
        ["modalite_acces"] = AccessModes,
    };
}
