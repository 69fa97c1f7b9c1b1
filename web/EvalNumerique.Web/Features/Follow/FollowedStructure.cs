namespace EvalNumerique.Web.Features.Follow;

/// <summary>A structure the dashboard follows (one the staff member belongs to).</summary>
public sealed record FollowedStructure(int Id, string Name);
