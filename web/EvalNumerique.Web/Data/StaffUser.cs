using Microsoft.AspNetCore.Identity;

namespace EvalNumerique.Web.Data;

/// <summary>A professional account (mediator, trainer, admin). Beneficiaries never have one.</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>How colleagues see the author of a note ("Awa D.").</summary>
    public string DisplayName { get; set; } = "";

    public List<StructureMembership> Memberships { get; set; } = [];
}
