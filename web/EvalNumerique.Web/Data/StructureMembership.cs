namespace EvalNumerique.Web.Data;

/// <summary>A staff member works for a structure and sees only the people and checks of their structures.</summary>
public sealed class StructureMembership
{
    public int StructureId { get; set; }

    public Structure? Structure { get; set; }

    public required string UserId { get; set; }

    public StaffUser? User { get; set; }
}
