namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>What a staff member types to create or edit a person's record (bound to the form).</summary>
public sealed class PersonInput
{
    public string Nickname { get; set; } = "";

    /// <summary>First year of the decade of birth (1950 for "années 1950"), or null if not given.</summary>
    public int? BirthDecade { get; set; }

    public string LocalReference { get; set; } = "";

    /// <summary>The structure the record belongs to (ignored on edit: a record stays in its structure).</summary>
    public int? StructureId { get; set; }
}
