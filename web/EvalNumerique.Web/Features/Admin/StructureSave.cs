namespace EvalNumerique.Web.Features.Admin;

/// <summary>The outcome of a change to a structure: its id, or the problems (AdminText keys) that stopped it.</summary>
public sealed record StructureSave(int? Id, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
