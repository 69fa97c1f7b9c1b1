namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// The enumerations of the "Lieux de médiation numérique" schema (La MedNum / ANCT), as listed in
/// LaMednum/standard-mediation-num <c>schema.json</c> and in the ANCT library
/// anct-cartographie-nationale/lieux-de-mediation-numerique (<c>src/models/*</c>). Older names come
/// from the 2022 draft of the schema (<c>Schema_V1.json</c>) and from the ANCT transformation configs
/// that translate them (@gouvfr-anct/mednum <c>assets/input/*/*.config.json</c>).
/// </summary>
internal static class LieuxMediationVocabulary
{
    public const string AideAuxDemarches = "Aide aux démarches administratives";
    public const string MaitriseOutilsQuotidien = "Maîtrise des outils numériques du quotidien";
    public const string InsertionProfessionnelle = "Insertion professionnelle via le numérique";
    public const string UtilisationSecurisee = "Utilisation sécurisée du numérique";
    public const string Parentalite = "Parentalité et éducation avec le numérique";
    public const string LoisirsCreations = "Loisirs et créations numériques";
    public const string ComprehensionMondeNumerique = "Compréhension du monde numérique";
    public const string AccesInternetMateriel = "Accès internet et matériel informatique";
    public const string MaterielPrixSolidaire = "Acquisition de matériel informatique à prix solidaire";

    public static Vocabulary Services { get; } = new(
        LieuxMediationColumns.Services,
        [
            AideAuxDemarches, MaitriseOutilsQuotidien, InsertionProfessionnelle, UtilisationSecurisee, Parentalite,
            LoisirsCreations, ComprehensionMondeNumerique, AccesInternetMateriel, MaterielPrixSolidaire,
        ],
        [
            // 2022 draft names; the first six as the ANCT "bus France Services Charente" config maps them.
            new("Devenir autonome dans les démarches administratives", AideAuxDemarches),
            new("Réaliser des démarches administratives avec un accompagnement", AideAuxDemarches),
            new("Accompagner les démarches de santé", AideAuxDemarches),
            new("Accéder à une connexion internet", AccesInternetMateriel),
            new("Accéder à du matériel", AccesInternetMateriel),
            new("Favoriser mon insertion professionnelle", InsertionProfessionnelle),
            new("Prendre en main un smartphone ou une tablette", MaitriseOutilsQuotidien),
            new("Prendre en main un ordinateur", MaitriseOutilsQuotidien),
            new("Utiliser le numérique au quotidien", MaitriseOutilsQuotidien),
            new("Approfondir ma culture numérique", ComprehensionMondeNumerique),
            new("S’équiper en matériel informatique", MaterielPrixSolidaire),
            new("Créer avec le numérique", LoisirsCreations),
            new("Soutenir la parentalité et l'éducation avec le numérique", Parentalite),
        ]);

    public static Vocabulary Publics { get; } = new(
        LieuxMediationColumns.Publics,
        ["Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes"],
        [new("Familles/enfants", "Familles et/ou enfants"), new("Seniors (+ 65 ans)", "Seniors"), new("Jeunes (16-26 ans)", "Jeunes")]);

    public const string Illettrisme = "Illettrisme";
    public const string LanguesEtrangeresAnglais = "Langues étrangères (anglais)";
    public const string LanguesEtrangeresAutres = "Langues étrangères (autres)";

    public static Vocabulary SpecificCare { get; } = new(
        LieuxMediationColumns.SpecificCare,
        ["Surdité", "Handicaps moteurs", "Handicaps mentaux", Illettrisme, LanguesEtrangeresAnglais, LanguesEtrangeresAutres, "Déficience visuelle"],
        // The schema's own example writes "Illetrisme".
        [new("Illetrisme", Illettrisme)]);

    public const string Gratuit = "Gratuit";
    public const string GratuitSousCondition = "Gratuit sous condition";
    public const string Payant = "Payant";

    public static Vocabulary Fees { get; } = new(
        LieuxMediationColumns.Fees,
        [Gratuit, GratuitSousCondition, Payant],
        [
            new("Gratuit sous conditions", GratuitSousCondition),
            // The schema lists "pass numériques" among the conditions of "Gratuit sous condition";
            // the ANCT Charente-Maritime config maps "Adhésion" to "Payant".
            new("Accepte le pass numérique", GratuitSousCondition),
            new("Adhésion", Payant),
        ]);

    public static Vocabulary AccessModes { get; } = new(
        LieuxMediationColumns.AccessModes,
        ["Se présenter", "Téléphoner", "Contacter par mail", "Prendre un RDV en ligne", "Ce lieu n'accueille pas de public", "Envoyer un mail avec une fiche de prescription"]);

    public const string EnAutonomie = "En autonomie";
    public const string AccompagnementIndividuel = "Accompagnement individuel";
    public const string AtelierCollectif = "Dans un atelier collectif";
    public const string ADistance = "À distance";

    public static Vocabulary AccompanimentModes { get; } = new(
        LieuxMediationColumns.AccompanimentModes,
        [EnAutonomie, AccompagnementIndividuel, AtelierCollectif, ADistance],
        [
            // 2022 draft labels, mapped as in the ANCT Vendée and Charente-Maritime configs.
            new("Seul", EnAutonomie),
            new("Avec de l'aide", AccompagnementIndividuel),
            new("A ma place", AccompagnementIndividuel),
            new("Dans un atelier", AtelierCollectif),
            new("Atelier collectif", AtelierCollectif),
            new("À distance (par téléphone ou en visioconférence)", ADistance),
        ]);

    public const string AidantsConnect = "Aidants Connect";
    public const string ConseillersNumeriques = "Conseillers numériques";
    public const string FranceServices = "France Services";
    public const string PointAccesNumeriqueCaf = "Point d'accès numérique CAF";

    public static Vocabulary NationalPrograms { get; } = new(
        LieuxMediationColumns.NationalPrograms,
        [
            AidantsConnect, "Bibliothèques numérique de référence", "Certification PIX", ConseillersNumeriques, "Emmaüs Connect",
            FranceServices, "Grande école du numérique", "La Croix Rouge", PointAccesNumeriqueCaf, "Promeneurs du net",
            "Relais numérique (Emmaüs Connect)",
        ]);

    /// <summary>
    /// Structure types: the LMN schema defers to data·inclusion's list (gip-inclusion/data-inclusion-schema
    /// <c>typologies_de_structures.py</c>), merged with the codes the ANCT library adds (FABRIQUE, MDH…).
    /// </summary>
    public static Vocabulary Typologies { get; } = new(
        LieuxMediationColumns.Typologie,
        [
            "ACI", "ACIPHC", "AFPA", "AI", "ASE", "ASSO", "ASSO_CHOMEUR", "Autre", "AVIP", "BIB", "CAARUD", "CADA", "CAF",
            "CAP_EMPLOI", "CAVA", "CC", "CCAS", "CCONS", "CD", "CDAS", "CFP", "CHRS", "CHU", "CIAS", "CIDFF", "CITMET", "CMP",
            "CMS", "CPAM", "CPH", "CS", "CSAPA", "CSC", "DEETS", "DEPT", "DIPLP", "E2C", "EA", "EATT", "EI", "EITI", "ENM",
            "EPCI", "EPI", "EPIDE", "EPN", "ES", "ESAT", "ESS", "ETABL_PRI", "ETABL_PUB", "ETAT", "ETTI", "EVS", "FABLAB",
            "FABRIQUE", "FAIS", "FT", "GEIQ", "HUDA", "LA_POSTE", "MDE", "MDEF", "MDH", "MDPH", "MDS", "MJC", "ML", "MQ",
            "MSA", "MSAP", "MUNI", "OACAS", "ODC", "OF", "OIL", "OPCS", "PAD", "PE", "PENSION", "PI", "PIJ_BIJ", "PIMMS",
            "PJJ", "PLIE", "PREF", "PREVENTION", "REG", "RELAIS_LECTURE", "RESSOURCERIE", "RFS", "RS_FJT", "SCP", "SPIP",
            "TIERS_LIEUX", "UDAF",
        ]);
}
