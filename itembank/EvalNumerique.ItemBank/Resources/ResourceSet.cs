namespace EvalNumerique.ItemBank.Resources;

/// <summary>The next learning steps for a person at a level of a competence.</summary>
/// <param name="Competence">Competence id of the framework.</param>
/// <param name="Level">Level 1–4 the steps lead from.</param>
/// <param name="Steps">The steps in the order to follow.</param>
public sealed record ResourceSet(string Competence, int Level, IReadOnlyList<ResourceStep> Steps);
