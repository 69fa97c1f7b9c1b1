namespace EvalNumerique.Web.Features.Follow;

/// <summary>The dashboard's structures and rows when it loads.</summary>
public sealed record FollowUpSnapshot(IReadOnlyList<FollowedStructure> Structures, IReadOnlyList<CheckFollowUp> Checks);
