namespace EvalNumerique.Web.Features.Accounts;

/// <summary>The three staff roles and the policies built on them.</summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string Mediator = "mediator";
    public const string Trainer = "trainer";

    public static readonly IReadOnlyList<string> All = [Admin, Mediator, Trainer];

    /// <summary>Policy of the mediator space: people, invitations, live follow-up, results, exports.</summary>
    public const string MediationPolicy = "mediation";

    /// <summary>Policy of the admin screens: structures, accounts, audit log.</summary>
    public const string AdminPolicy = "administration";

    /// <summary>Policy of the authoring space.</summary>
    public const string AuthoringPolicy = "authoring";
}
