namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>
/// The words of an individual accompaniment ("accompagnement individuel", a "CRA" of type
/// <c>Individuel</c>) in La Coop de la médiation numérique, the ANCT's activity tool for mediators.
/// Copied by hand from its public repository inclusion-numerique/coop-mediation-numerique,
/// apps/web/src/features/activites/use-cases/cra/: <c>individuel/fields/autonomie.ts</c>,
/// <c>fields/thematique.ts</c>, <c>individuel/fields/structures-redirection.ts</c>,
/// <c>fields/type-lieu.ts</c>, <c>fields/type-activite.ts</c>; the column titles are those of its
/// own export (<c>list/export/buildAccompagnementsWorksheet.ts</c>). Only the values this export
/// writes are listed; the Coop has more themes (Bureautique, Parentalité, Justice…).
/// </summary>
public static class CoopVocabulary
{
    /// <summary>The Coop's activity type for one person ("Accompagnement individuel", API <c>individuel</c>).</summary>
    public static CoopTerm IndividualAccompaniment { get; } = new("Individuel", "individuel", "Accompagnement individuel");

    /// <summary>Place type "Lieu d'activité": the mediator's own place (a kiosk check is always there).</summary>
    public static CoopTerm PlaceOfActivity { get; } = new("LieuActivite", "lieu_activite", "Lieu d’activité");

    // Autonomy of the person during the accompaniment: 3 levels, shown as 1 to 3 stars.

    public static CoopTerm FullyAccompanied { get; } = new("EntierementAccompagne", "entierement_accompagne", "Avec guidage");

    public static CoopTerm PartlyAutonomous { get; } = new("PartiellementAutonome", "partiellement_autonome", "Autonome avec guidage en cas de besoin");

    public static CoopTerm Autonomous { get; } = new("Autonome", "autonome", "Autonome");

    // Themes of digital mediation ("thématiques non administratives").

    /// <summary>"Évaluation des compétences numériques des bénéficiaires": what every check is.</summary>
    public static CoopTerm DigitalDiagnosis { get; } = new("DiagnosticNumerique", "diagnostic_numerique", "Diagnostic numérique");

    public static CoopTerm UsingDevices { get; } = new("PrendreEnMainDuMateriel", "prendre_en_main_du_materiel", "Prendre en main du matériel");

    public static CoopTerm BrowsingTheInternet { get; } = new("NavigationSurInternet", "navigation_sur_internet", "Navigation sur internet");

    public static CoopTerm Email { get; } = new("Email", "email", "E-mail");

    /// <summary>"Maintenir un lien social…", "Utiliser son téléphone pour communiquer : Mails, Sms, Whatsapp", video calls.</summary>
    public static CoopTerm SocialNetworks { get; } = new("ReseauxSociaux", "reseaux_sociaux", "Réseaux sociaux communication");

    /// <summary>"Ameli, Mon Espace Santé, Prendre rendez-vous chez un spécialiste (Doctolib…)".</summary>
    public static CoopTerm Health { get; } = new("Sante", "sante", "Santé");

    /// <summary>"France Travail, Mon Compte Formation…, Créer &amp; diffuser son CV en ligne, Rechercher un emploi en ligne".</summary>
    public static CoopTerm Employment { get; } = new("InsertionProfessionnelle", "insertion_professionnelle", "Insertion professionnelle");

    public static CoopTerm DigitalSafety { get; } = new("SecuriteNumerique", "securite_numerique", "Prévention en sécurité numérique");

    /// <summary>The theme that opens the administrative themes below: the Coop refuses those without it.</summary>
    public static CoopTerm AdministrativeHelp { get; } = new("AideAuxDemarchesAdministratives", "aide_aux_demarches_administratives", "Aide aux démarches administratives");

    // Themes of administrative procedures ("thématiques administratives", service-public.fr's categories).

    /// <summary>"Allocations familiales, Naissance… CAF".</summary>
    public static CoopTerm FamilyAndSchool { get; } = new("FamilleScolarite", "famille_scolarite", "Famille - Scolarité");

    public static CoopTerm Housing { get; } = new("Logement", "logement", "Logement");

    public static CoopTerm MoneyAndTaxes { get; } = new("ArgentImpots", "argent_impots", "Argent - Impôts");

    /// <summary>The administrative themes (listed in their own column).</summary>
    public static IReadOnlyList<CoopTerm> AdministrativeThemes { get; } = [FamilyAndSchool, Housing, MoneyAndTaxes];

    // Kind of structure the person is sent to ("structure de redirection").

    public static CoopTerm OperatorInCharge { get; } = new("OperateurOuOrganismeEnCharge", "operateur_ou_organisme_en_charge",
        "Opérateur ou organisme en charge de la démarche administrative");

    public static CoopTerm AdministrativeHelpStructure { get; } = new("AideAuxDemarchesAdministratives", "aide_aux_demarches_administratives",
        "Structure d’aide aux démarches administratives (France Services…)");

    public static CoopTerm Administration { get; } = new("Administration", "administration", "Administration (mairie, préfecture…)");

    public static CoopTerm DigitalMediation { get; } = new("MediationNumerique", "mediation_numerique", "Autre structure de médiation numérique");

    public static CoopTerm SocialHelp { get; } = new("AideSociale", "aide_sociale", "Structure d’aide sociale (maison des solidarités, centre social…)");

    public static CoopTerm EmploymentStructure { get; } = new("InsertionProfessionnelle", "insertion_professionnelle",
        "Structure d’insertion professionnelle (France Travail, mission locale, chambre de commerce…)");

    public static CoopTerm OtherStructure { get; } = new("Autre", "autre", "Autre");

    /// <summary>The Coop's yes / no of "Bénéficiaire réorienté".</summary>
    public static string YesNo(bool value) => value ? "Oui" : "Non";
}
