using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>What an admin edits of a structure (Id 0 for a new one), members included.</summary>
public sealed class StructureForm
{
    public const int MinRetentionMonths = 6;
    public const int MaxRetentionMonths = 120;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public StructureKind Kind { get; set; } = StructureKind.Ccas;

    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public string? Commune { get; set; }

    public int RetentionMonths { get; set; } = Structure.DefaultRetentionMonths;

    public HashSet<string> MemberIds { get; init; } = [];
}
