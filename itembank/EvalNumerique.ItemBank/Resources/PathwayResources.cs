namespace EvalNumerique.ItemBank.Resources;

/// <summary>The learning resources of <c>resources.yaml</c>, grouped by competence and level.</summary>
/// <param name="Sets">The resource sets in file order.</param>
public sealed record PathwayResources(IReadOnlyList<ResourceSet> Sets)
{
    /// <summary>No resources, used when <c>resources.yaml</c> cannot be read.</summary>
    public static PathwayResources Empty { get; } = new([]);

    /// <summary>The steps for a competence and level, in order (empty when none are written).</summary>
    public IReadOnlyList<ResourceStep> StepsFor(string competence, int level) =>
        Sets.Where(s => s.Competence == competence && s.Level == level).SelectMany(s => s.Steps).ToList();
}
