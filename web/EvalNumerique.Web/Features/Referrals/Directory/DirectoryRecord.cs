namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// One place of the directory of digital-mediation places, read from a file and not yet stored:
/// the neutral shape both readers produce (<see cref="LieuxMediationCsvReader"/>,
/// <see cref="DataInclusionJsonReader"/>). Enumerated lists hold values of the
/// "Lieux de médiation numérique" vocabulary (<see cref="LieuxMediationVocabulary"/>); every list
/// is trimmed, without duplicates and without empty values.
/// </summary>
public sealed record DirectoryRecord
{
    /// <summary><see cref="DirectorySources.LieuxMediationNumerique"/> or <see cref="DirectorySources.DataInclusion"/>.</summary>
    public required string Source { get; init; }

    /// <summary>The place's identifier in its source file (LMN <c>id</c>; data·inclusion <c>source:id</c>).</summary>
    public required string SourceId { get; init; }

    public required string Name { get; init; }

    /// <summary>Structure type codes shared with data·inclusion (CCAS, EPN, RFS, BIB, ASSO…).</summary>
    public IReadOnlyList<string> Typologies { get; init; } = [];

    public string Address { get; init; } = "";

    public string PostalCode { get; init; } = "";

    /// <summary>INSEE commune code (may start with 2A/2B in Corsica), or empty.</summary>
    public string InseeCode { get; init; } = "";

    public string Commune { get; init; } = "";

    /// <summary>WGS84 latitude in degrees; null when the file gives none or a partial pair.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>The phone number as written in the file.</summary>
    public string Phone { get; init; } = "";

    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>The first valid http(s) address of the place's web site(s), or empty.</summary>
    public string Website { get; init; } = "";

    /// <summary>Online booking address (LMN <c>prise_rdv</c>), or empty.</summary>
    public string BookingUrl { get; init; } = "";

    /// <summary>Opening hours as written, in OpenStreetMap <c>opening_hours</c> syntax; not parsed here.</summary>
    public string OpeningHours { get; init; } = "";

    public string Summary { get; init; } = "";

    public IReadOnlyList<string> Services { get; init; } = [];

    /// <summary>LMN <c>publics_specifiquement_adresses</c> (Jeunes, Seniors…).</summary>
    public IReadOnlyList<string> Publics { get; init; } = [];

    /// <summary>LMN <c>prise_en_charge_specifique</c> (Illettrisme, Surdité…).</summary>
    public IReadOnlyList<string> SpecificCare { get; init; } = [];

    /// <summary>LMN <c>frais_a_charge</c>: Gratuit, Gratuit sous condition, Payant.</summary>
    public IReadOnlyList<string> Fees { get; init; } = [];

    /// <summary>LMN <c>modalites_acces</c> (Se présenter, Téléphoner…).</summary>
    public IReadOnlyList<string> AccessModes { get; init; } = [];

    /// <summary>LMN <c>modalites_accompagnement</c> (En autonomie, Dans un atelier collectif…).</summary>
    public IReadOnlyList<string> AccompanimentModes { get; init; } = [];

    /// <summary>LMN <c>dispositif_programmes_nationaux</c> (France Services, Aidants Connect…).</summary>
    public IReadOnlyList<string> NationalPrograms { get; init; } = [];

    /// <summary>Date the source says the place's data was last updated (<c>date_maj</c>).</summary>
    public DateOnly? UpdatedOn { get; init; }

    /// <summary>Physical line of the file where this place starts (1 is the CSV header).</summary>
    public int SourceLine { get; init; }
}
