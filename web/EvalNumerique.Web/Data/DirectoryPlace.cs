namespace EvalNumerique.Web.Data;

/// <summary>
/// A place of the directory of digital mediation ("Lieux de médiation numérique" or data·inclusion),
/// as last imported. Multi-valued fields are stored joined by <see cref="ListSeparator"/>: the
/// directory of a territory holds thousands of places, not millions, and is filtered in memory.
/// </summary>
public sealed class DirectoryPlace
{
    public const char ListSeparator = '|';

    public int Id { get; set; }

    /// <summary>"lieux-mediation-numerique" or "data-inclusion".</summary>
    public required string Source { get; set; }

    /// <summary>The place's id in its source; a re-import updates the place with the same source and id.</summary>
    public required string SourceId { get; set; }

    public required string Name { get; set; }

    public string Typologies { get; set; } = "";

    public string Address { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string? InseeCode { get; set; }

    public string Commune { get; set; } = "";

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Phone { get; set; }

    public string Emails { get; set; } = "";

    public string? Website { get; set; }

    public string? BookingUrl { get; set; }

    /// <summary>Opening hours in OpenStreetMap <c>opening_hours</c> syntax, as published.</summary>
    public string? OpeningHours { get; set; }

    public string? Summary { get; set; }

    public string Services { get; set; } = "";

    public string Publics { get; set; } = "";

    public string SpecificCare { get; set; } = "";

    public string Fees { get; set; } = "";

    public string AccessModes { get; set; } = "";

    public string AccompanimentModes { get; set; } = "";

    public string NationalPrograms { get; set; } = "";

    /// <summary>The source's own date of last update (<c>date_maj</c>): shown so stale data is visible.</summary>
    public DateOnly? UpdatedOn { get; set; }

    public DateTimeOffset FirstImportedAt { get; set; }

    public DateTimeOffset LastImportedAt { get; set; }

    public int LastImportId { get; set; }

    /// <summary>Seeded demo data (the fictional town), shown as such.</summary>
    public bool IsDemo { get; set; }

    public List<DirectoryPlaceChange> Changes { get; set; } = [];
}
