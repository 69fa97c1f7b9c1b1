namespace EvalNumerique.Web.Features.Privacy;

/// <summary>A structure the staff member may export, for a list to choose from.</summary>
public sealed record StructureChoice(int Id, string Name);
