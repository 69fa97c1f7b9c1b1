namespace EvalNumerique.Web.Features.Accounts;

/// <summary>
/// What one staff member may see: the structures they belong to. An admin manages structures and
/// accounts but reads personal records only of the structures they belong to, like anyone else.
/// </summary>
public sealed record StaffScope(string UserId, string Name, bool IsAdmin, bool IsMediator, IReadOnlySet<int> StructureIds)
{
    /// <summary>A trainer: writes items and runs calibrations (admins may too).</summary>
    public bool IsTrainer { get; init; }

    /// <summary>May start, accept and revert calibrations.</summary>
    public bool MayCalibrate => IsTrainer || IsAdmin;

    /// <summary>True if records of this structure are visible to this staff member.</summary>
    public bool Sees(int? structureId) => structureId is int id && StructureIds.Contains(id);
}
