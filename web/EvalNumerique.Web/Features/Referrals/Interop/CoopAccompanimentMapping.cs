using EvalNumerique.Web.Data;
using EvalNumerique.Web.Infrastructure;
using V = EvalNumerique.Web.Features.Referrals.Interop.CoopVocabulary;

namespace EvalNumerique.Web.Features.Referrals.Interop;

/// <summary>
/// Our check, in the field vocabulary of La Coop de la médiation numérique (see <see cref="CoopVocabulary"/>),
/// so a mediator does not type the accompaniment twice. Pure functions: no database, no clock.
/// </summary>
public static class CoopAccompanimentMapping
{
    /// <summary>
    /// The longest duration written: 2 h, the longest of the Coop's preset durations (15, 30, 45, 60,
    /// 90, 120 min). A check takes 15 to 30 minutes; more means a tab left open or an invitation
    /// made before the day of the check, and the mediator corrects it in the Coop.
    /// </summary>
    public const int MaxMinutes = 120;

    /// <summary>At most this many weak domains become themes: the accompaniment cannot have been about everything.</summary>
    public const int MaxWeakDomains = 2;

    /// <summary>The themes of each need (ids of <c>Features/Check/Needs.cs</c>), from the Coop's hints for each theme.</summary>
    private static readonly Dictionary<string, CoopTerm[]> NeedThemes = new(StringComparer.Ordinal)
    {
        // "Mes allocations (CAF)": Famille - Scolarité is the Coop's theme with "Allocations familiales… CAF".
        ["caf"] = [V.AdministrativeHelp, V.FamilyAndSchool],
        // "Ma santé": Santé ("Ameli, Mon Espace Santé, Doctolib").
        ["health"] = [V.Health],
        // "Chercher un emploi": Insertion professionnelle ("France Travail, CV, rechercher un emploi en ligne").
        ["job"] = [V.Employment],
        // "Parler avec ma famille": Réseaux sociaux communication ("maintenir un lien social", messages, video calls).
        ["family"] = [V.SocialNetworks],
        // "Mes impôts": Argent - Impôts ("impots.gouv.fr").
        ["taxes"] = [V.AdministrativeHelp, V.MoneyAndTaxes],
        // "Mon logement": Logement ("Allocations logement, Logement social").
        ["housing"] = [V.AdministrativeHelp, V.Housing],
        // "Éviter les arnaques": Prévention en sécurité numérique ("Reconnaître les sites et messages frauduleux").
        ["safety"] = [V.DigitalSafety],
        // "Utiliser mon téléphone": Prendre en main du matériel ("Utiliser un ordinateur, une tablette ou un smartphone").
        ["everyday"] = [V.UsingDevices],
    };

    /// <summary>The theme of each framework domain (ids of <c>itembank/framework.yaml</c>).</summary>
    private static readonly Dictionary<string, CoopTerm> DomainThemes = new(StringComparer.Ordinal)
    {
        ["device"] = V.UsingDevices,
        ["information"] = V.BrowsingTheInternet,
        // The domain's first competence (communication.email) and the one procedures depend on.
        ["communication"] = V.Email,
        ["safety"] = V.DigitalSafety,
        ["procedures"] = V.AdministrativeHelp,
    };

    /// <summary>
    /// Structure kinds of the directory (data·inclusion typologies, as imported) in the Coop's kinds
    /// of "structure de redirection". The first typology of a place that is known here decides.
    /// </summary>
    private static readonly Dictionary<string, CoopTerm> TypologyRedirections = new(StringComparer.OrdinalIgnoreCase)
    {
        // Services in charge of the procedure itself.
        ["CAF"] = V.OperatorInCharge,
        ["CPAM"] = V.OperatorInCharge,
        ["MSA"] = V.OperatorInCharge,
        ["MDPH"] = V.OperatorInCharge,
        // Help with procedures.
        ["MSAP"] = V.AdministrativeHelpStructure,
        ["PIMMS"] = V.AdministrativeHelpStructure,
        // Administrations: town hall, prefecture, département, region, State, inter-municipal bodies.
        ["MUNI"] = V.Administration,
        ["PREF"] = V.Administration,
        ["CD"] = V.Administration,
        ["DEPT"] = V.Administration,
        ["REG"] = V.Administration,
        ["ETAT"] = V.Administration,
        ["EPCI"] = V.Administration,
        ["CC"] = V.Administration,
        // Social help: social action centres, social centres, solidarity houses.
        ["CCAS"] = V.SocialHelp,
        ["CIAS"] = V.SocialHelp,
        ["CS"] = V.SocialHelp,
        ["CSC"] = V.SocialHelp,
        ["CDAS"] = V.SocialHelp,
        ["MDS"] = V.SocialHelp,
        ["EVS"] = V.SocialHelp,
        ["UDAF"] = V.SocialHelp,
        // Employment and training.
        ["FT"] = V.EmploymentStructure,
        ["PE"] = V.EmploymentStructure,
        ["ML"] = V.EmploymentStructure,
        ["CAP_EMPLOI"] = V.EmploymentStructure,
        ["MDE"] = V.EmploymentStructure,
        ["MDEF"] = V.EmploymentStructure,
        ["PLIE"] = V.EmploymentStructure,
        ["E2C"] = V.EmploymentStructure,
        ["EPIDE"] = V.EmploymentStructure,
        ["AFPA"] = V.EmploymentStructure,
        // Digital mediation.
        ["EPN"] = V.DigitalMediation,
        ["TIERS_LIEUX"] = V.DigitalMediation,
        ["FABLAB"] = V.DigitalMediation,
        ["FABRIQUE"] = V.DigitalMediation,
    };

    /// <summary>One finished check as one accompaniment of the Coop.</summary>
    public static CoopAccompaniment Map(AccompanimentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var (themes, administrative) = Themes(facts.Needs, facts.Domains);
        var places = facts.Places.Where(p => !string.IsNullOrWhiteSpace(p.Name)).ToList();
        return new CoopAccompaniment(
            facts.CheckId,
            FrenchDate(facts.FinishedAt),
            DurationMinutes(facts.CreatedAt, facts.FinishedAt, facts.FirstAnswerStartedAt),
            facts.IsKiosk ? V.PlaceOfActivity : null,
            facts.StructureName,
            Autonomy(facts.Level),
            themes,
            administrative,
            [.. places.Select(Redirection).Distinct()],
            [.. places.Select(p => p.Name.Trim())]);
    }

    /// <summary>
    /// The person's autonomy from the overall level of the check. Our framework has 4 levels
    /// (1 Découverte, 2 Débutant, 3 À l'aise, 4 Autonome), the Coop 3 (1 to 3 stars):
    /// <list type="bullet">
    /// <item>1, Découverte: the person does not yet do the basic gestures alone, the mediator
    /// does them with or for the person — "Avec guidage" (<c>EntierementAccompagne</c>);</item>
    /// <item>2 and 3, Débutant and À l'aise: the person does the common tasks and needs help for
    /// the others — "Autonome avec guidage en cas de besoin" (<c>PartiellementAutonome</c>), the
    /// middle star, which is the Coop's own wording of "partly autonomous";</item>
    /// <item>4, Autonome: same word on both sides — "Autonome" (<c>Autonome</c>).</item>
    /// </list>
    /// The two ends keep their exact meaning; the two middle levels share the middle star rather
    /// than calling "À l'aise" autonomous, which the Coop's statistics would count as needing no help.
    /// A level outside 1–4 is brought back to the nearest end.
    /// </summary>
    public static CoopTerm Autonomy(int level) => level switch
    {
        <= 1 => V.FullyAccompanied,
        >= 4 => V.Autonomous,
        _ => V.PartlyAutonomous,
    };

    /// <summary>
    /// The themes: "Diagnostic numérique" first (every check is an assessment of digital skills),
    /// then those of the person's needs in their order, then those of the weakest domains
    /// (<see cref="WeakestDomains"/>). Administrative themes go to their own list, and only when
    /// "Aide aux démarches administratives" is among the themes (the Coop refuses them otherwise).
    /// </summary>
    public static (IReadOnlyList<CoopTerm> Themes, IReadOnlyList<CoopTerm> AdministrativeThemes) Themes(
        IEnumerable<string> needs, IEnumerable<DomainLevel> domains)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(domains);
        var all = new List<CoopTerm> { V.DigitalDiagnosis };
        foreach (string need in needs)
            if (NeedThemes.TryGetValue(need.Trim(), out var terms)) all.AddRange(terms);
        foreach (var domain in WeakestDomains(domains))
            if (DomainThemes.TryGetValue(domain.DomainId, out var term)) all.Add(term);
        var distinct = all.Distinct().ToList();
        var administrative = distinct.Where(V.AdministrativeThemes.Contains).ToList();
        var themes = distinct.Except(administrative).ToList();
        return (themes, themes.Contains(V.AdministrativeHelp) ? administrative : []);
    }

    /// <summary>
    /// The domains the accompaniment is about: those of the lowest level below 4 among the domains
    /// that were asked questions, weakest estimate first, at most <see cref="MaxWeakDomains"/>.
    /// A domain without questions only has the prior; a domain at level 4 needs no help.
    /// </summary>
    public static IReadOnlyList<DomainLevel> WeakestDomains(IEnumerable<DomainLevel> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var asked = domains.Where(d => d.Questions > 0 && d.Level < 4).ToList();
        if (asked.Count == 0) return [];
        int lowest = asked.Min(d => d.Level);
        return [.. asked.Where(d => d.Level == lowest).OrderBy(d => d.Theta).Take(MaxWeakDomains)];
    }

    /// <summary>The kind of structure of a place: "France Services" first, then its first known typology, else "Autre".</summary>
    public static CoopTerm Redirection(OrientationPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        if (Split(place.NationalPrograms).Any(p => p.Equals("France Services", StringComparison.OrdinalIgnoreCase)))
            return V.AdministrativeHelpStructure;
        foreach (string typology in Split(place.Typologies))
            if (TypologyRedirections.TryGetValue(typology, out var term)) return term;
        return V.OtherStructure;
    }

    /// <summary>
    /// Minutes from the creation of the check to its end, rounded to the nearest minute, at least 1.
    /// When that is longer than <see cref="MaxMinutes"/> (an invitation made days before), the
    /// time from the first question to the end is used instead; either way at most <see cref="MaxMinutes"/>.
    /// </summary>
    public static int DurationMinutes(DateTimeOffset createdAt, DateTimeOffset finishedAt, DateTimeOffset? firstAnswerStartedAt)
    {
        var span = finishedAt - createdAt;
        if (span > TimeSpan.FromMinutes(MaxMinutes) && firstAnswerStartedAt is { } started && started > createdAt && started <= finishedAt)
            span = finishedAt - started;
        double minutes = Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero);
        return (int)Math.Clamp(minutes, 1, MaxMinutes);
    }

    /// <summary>The day of an instant in French time (a check finished at 23:30 UTC in summer is on the next day).</summary>
    public static DateOnly FrenchDate(DateTimeOffset at) => DateOnly.FromDateTime(FrenchTime.Local(at).DateTime);

    private static string[] Split(string joined) =>
        joined.Split(DirectoryPlace.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
