using EvalNumerique.Web.Features.Accounts;

namespace EvalNumerique.Web.Features.Admin;

/// <summary>What an admin types to create an account or change one (the password only at creation).</summary>
public sealed class AccountForm
{
    public string? Id { get; set; }

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = StaffRoles.Mediator;

    public HashSet<int> StructureIds { get; init; } = [];

    /// <summary>The initial password, typed by the admin: never stored here longer than the request, never logged.</summary>
    public string Password { get; set; } = "";
}
