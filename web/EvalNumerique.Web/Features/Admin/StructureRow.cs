using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>A structure in the admin list, with how many staff members and people it has.</summary>
public sealed record StructureRow(int Id, string Name, StructureKind Kind, string? PostalCode, string? Commune, int RetentionMonths,
    bool IsDemo, int Members, int People);
