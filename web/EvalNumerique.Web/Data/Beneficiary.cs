namespace EvalNumerique.Web.Data;

/// <summary>
/// A person followed by a structure, pseudonymous by design: a first name or nickname, an optional
/// decade of birth and a reference of the structure's own — never a national identifier.
/// </summary>
public sealed class Beneficiary
{
    public Guid Id { get; set; }

    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    /// <summary>First name or nickname, as the person wishes to be called.</summary>
    public required string Nickname { get; set; }

    /// <summary>First year of the decade of birth (1950 for 1950–1959), if the person gives it.</summary>
    public int? BirthDecade { get; set; }

    /// <summary>The structure's own file reference, if it has one.</summary>
    public string? LocalReference { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    /// <summary>Last check, note or edit: the retention period runs from here.</summary>
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>When the person agreed, in their own words on the check screen, that their answers are kept.</summary>
    public DateTimeOffset? ConsentAt { get; set; }

    /// <summary>Which consent text the person agreed to (see <c>Consent.TextVersion</c>).</summary>
    public string? ConsentVersion { get; set; }

    public List<Check> Checks { get; set; } = [];

    public List<BeneficiaryNote> Notes { get; set; } = [];

    /// <summary>A short stable pseudonym for exports ("P-3F9A2C1B"): no name leaves the structure.</summary>
    public string Pseudonym => $"P-{Id.ToString("N")[..8].ToUpperInvariant()}";
}
