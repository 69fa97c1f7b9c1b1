namespace EvalNumerique.Web.Features.Mediation.People;

/// <summary>A structure the staff member belongs to, as the selects and filters offer it.</summary>
public sealed record StructureChoice(int Id, string Name, bool IsDemo);
