namespace EvalNumerique.Web.Data;

/// <summary>A place that runs checks: a CCAS, a France Services desk, an EPN, an association.</summary>
public sealed class Structure
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public StructureKind Kind { get; set; } = StructureKind.Other;

    /// <summary>Street address, as printed on a referral sheet.</summary>
    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public string? Commune { get; set; }

    /// <summary>WGS84 position, used to rank nearby places for referrals.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Months without activity after which a person's record is erased (GDPR storage limitation).</summary>
    public int RetentionMonths { get; set; } = DefaultRetentionMonths;

    /// <summary>Seeded demo data, shown as such on every screen that lists it.</summary>
    public bool IsDemo { get; set; }

    public List<StructureMembership> Members { get; set; } = [];

    public const int DefaultRetentionMonths = 24;
}
