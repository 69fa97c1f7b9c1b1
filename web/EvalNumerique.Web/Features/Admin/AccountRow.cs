namespace EvalNumerique.Web.Features.Admin;

/// <summary>A staff account in the admin list.</summary>
public sealed record AccountRow(string Id, string Email, string DisplayName, string Role, IReadOnlyList<int> StructureIds,
    bool Locked, DateTimeOffset? LastSignIn);
