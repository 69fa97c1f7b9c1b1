namespace EvalNumerique.Web.Data;

/// <summary>A place that runs checks: a CCAS, a France Services desk, an EPN, an association.</summary>
public sealed class Structure
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Address { get; set; }

    /// <summary>Seeded demo data, shown as such on every screen that lists it.</summary>
    public bool IsDemo { get; set; }
}
