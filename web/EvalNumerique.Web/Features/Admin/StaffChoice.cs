namespace EvalNumerique.Web.Features.Admin;

/// <summary>A staff account to pick as a member of a structure.</summary>
public sealed record StaffChoice(string Id, string Email, string DisplayName);
