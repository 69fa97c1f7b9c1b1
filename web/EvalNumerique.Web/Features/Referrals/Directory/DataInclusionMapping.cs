using V = EvalNumerique.Web.Features.Referrals.Directory.LieuxMediationVocabulary;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// data·inclusion codes (gip-inclusion/data-inclusion-schema, <c>src/data_inclusion/schema/v0</c> and
/// <c>v1</c>) translated into the LMN vocabulary, only where the meaning is clearly the same. Codes
/// with no clear LMN equivalent (most thematiques are not about digital help; <c>profils</c> such as
/// <c>adultes</c>; <c>public-langues-etrangeres</c>, which does not say whether English or another
/// language) are left out. Sources of each table are given on it.
/// </summary>
internal static class DataInclusionMapping
{
    /// <summary>
    /// <c>thematiques</c> → LMN <c>services</c>. The data·inclusion pipeline maps the other way
    /// (gip-inclusion/data-inclusion, dbt model of the mediation_numerique source); the v0 codes
    /// follow the labels and the ANCT configs that rename the 2022 services.
    /// <c>numerique--acceder-a-des-services-en-ligne</c> is left out: the pipeline maps both
    /// "Aide aux démarches" and "Maîtrise des outils" to it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ThematiqueToService { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["numerique--devenir-autonome-dans-les-demarches-administratives"] = V.AideAuxDemarches,
        ["numerique--realiser-des-demarches-administratives-avec-un-accompagnement"] = V.AideAuxDemarches,
        ["numerique--accompagner-les-demarches-de-sante"] = V.AideAuxDemarches,
        ["difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives"] = V.AideAuxDemarches,
        ["acces-aux-droits-et-citoyennete--accompagnement-dans-les-demarches-administratives"] = V.AideAuxDemarches,
        ["numerique--prendre-en-main-un-smartphone-ou-une-tablette"] = V.MaitriseOutilsQuotidien,
        ["numerique--prendre-en-main-un-ordinateur"] = V.MaitriseOutilsQuotidien,
        ["numerique--utiliser-le-numerique-au-quotidien"] = V.MaitriseOutilsQuotidien,
        ["numerique--maitriser-les-fondamentaux-du-numerique"] = V.MaitriseOutilsQuotidien,
        ["illettrisme--utiliser-numerique"] = V.MaitriseOutilsQuotidien,
        ["numerique--favoriser-mon-insertion-professionnelle"] = V.InsertionProfessionnelle,
        ["numerique--soutenir-la-parentalite-et-l-education-avec-le-numerique"] = V.Parentalite,
        ["numerique--creer-avec-le-numerique"] = V.LoisirsCreations,
        ["numerique--approfondir-ma-culture-numerique"] = V.ComprehensionMondeNumerique,
        ["numerique--acceder-a-une-connexion-internet"] = V.AccesInternetMateriel,
        ["numerique--acceder-a-du-materiel"] = V.AccesInternetMateriel,
        ["numerique--acquerir-un-equipement"] = V.MaterielPrixSolidaire,
        ["numerique--s-equiper-en-materiel-informatique"] = V.MaterielPrixSolidaire,
    };

    /// <summary>
    /// <c>frais</c> → <c>frais_a_charge</c>. <c>adhesion</c> → Payant as the ANCT Charente-Maritime config
    /// maps "Adhésion"; <c>pass-numerique</c> → Gratuit sous condition, a condition the LMN schema names.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FraisToFee { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gratuit"] = V.Gratuit,
        ["gratuit-sous-conditions"] = V.GratuitSousCondition,
        ["payant"] = V.Payant,
        ["adhesion"] = V.Payant,
        ["pass-numerique"] = V.GratuitSousCondition,
    };

    /// <summary><c>profils</c> → <c>publics_specifiquement_adresses</c>, by label (v0 <c>profils.py</c>).</summary>
    public static IReadOnlyDictionary<string, string> ProfilToPublic { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["jeunes"] = "Jeunes",
        ["jeunes-16-26"] = "Jeunes",
        ["etudiants"] = "Étudiants",
        ["familles-enfants"] = "Familles et/ou enfants",
        ["seniors-65"] = "Seniors",
        ["femmes"] = "Femmes",
    };

    /// <summary><c>profils</c> → <c>prise_en_charge_specifique</c>, as the ANCT library pairs them (<c>PROFILS_TO_PUBLICS_ACCUEILLIS</c>).</summary>
    public static IReadOnlyDictionary<string, string> ProfilToSpecificCare { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["surdite"] = "Surdité",
        ["deficience-visuelle"] = "Déficience visuelle",
        ["handicaps-mentaux"] = "Handicaps mentaux",
        ["personnes-en-situation-illettrisme"] = V.Illettrisme,
    };

    /// <summary>
    /// Service <c>types</c> and <c>modes_accueil</c> → <c>modalites_accompagnement</c>. The ANCT library pairs
    /// autonomie/accompagnement/atelier/delegation with the 2022 labels Seul/Avec de l'aide/Dans un atelier/A ma place,
    /// which its configs then map to the current ones (delegation, "A ma place", becomes Accompagnement individuel).
    /// </summary>
    public static IReadOnlyDictionary<string, string> TypeToAccompanimentMode { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["autonomie"] = V.EnAutonomie,
        ["accompagnement"] = V.AccompagnementIndividuel,
        ["delegation"] = V.AccompagnementIndividuel,
        ["atelier"] = V.AtelierCollectif,
        ["a-distance"] = V.ADistance,
    };

    /// <summary>
    /// <c>labels_nationaux</c> (v0) or <c>reseaux_porteurs</c> (v1) → <c>dispositif_programmes_nationaux</c>,
    /// from the ANCT library's <c>DISPOSITIFS_PROGRAMMES_NATIONAUX_MAP</c> and <c>LABELS_NATIONAUX_MAP</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> LabelToNationalProgram { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["aidants-connect"] = V.AidantsConnect,
        ["conseiller-numerique"] = V.ConseillersNumeriques,
        ["conseillers-numeriques"] = V.ConseillersNumeriques,
        ["france-service"] = V.FranceServices,
        ["france-services"] = V.FranceServices,
        ["caf"] = V.PointAccesNumeriqueCaf,
        ["emmaus"] = "Emmaüs Connect",
        ["croix-rouge"] = "La Croix Rouge",
        ["grandes-ecoles-du-numerique"] = "Grande école du numérique",
        ["promeneurs-du-net"] = "Promeneurs du net",
        ["bibliotheque-de-reference"] = "Bibliothèques numérique de référence",
        ["certification-pix"] = "Certification PIX",
    };

    /// <summary>Adds the mapped value of each code found in <paramref name="table"/>; other codes are skipped.</summary>
    public static void AddMapped(List<string> target, IEnumerable<string> codes, IReadOnlyDictionary<string, string> table)
    {
        foreach (var code in codes)
            if (table.TryGetValue(code.Trim().ToLowerInvariant(), out var value)) MultiValue.AddDistinct(target, value);
    }
}
