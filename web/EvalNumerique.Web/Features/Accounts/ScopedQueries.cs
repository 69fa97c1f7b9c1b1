using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Accounts;

/// <summary>The records a staff member may read: those of the structures they belong to, admins included.</summary>
public static class ScopedQueries
{
    /// <summary>
    /// Checks of the scope's structures whose content may be read. A person who said no to keeping
    /// their answers: the structure sees that the check exists (follow-up, invitation), never its content.
    /// </summary>
    public static IQueryable<Data.Check> ReadableChecks(this EvalDbContext db, StaffScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var structures = scope.StructureIds.ToList();
        return db.Checks.Where(c => c.StructureId != null && structures.Contains(c.StructureId.Value) && !c.ConsentRefused);
    }

    /// <summary>People of the scope's structures.</summary>
    public static IQueryable<Beneficiary> VisiblePeople(this EvalDbContext db, StaffScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var structures = scope.StructureIds.ToList();
        return db.Beneficiaries.Where(b => structures.Contains(b.StructureId));
    }
}
