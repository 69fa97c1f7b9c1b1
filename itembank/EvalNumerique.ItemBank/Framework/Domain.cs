namespace EvalNumerique.ItemBank.Framework;

/// <summary>A domain of the framework (e.g. <c>safety</c>, "Se protéger") and its competences.</summary>
/// <param name="Id">Short id, e.g. <c>safety</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Pictogram">Optional pictogram name or path.</param>
/// <param name="Competences">The competences of the domain.</param>
public sealed record Domain(string Id, LocalizedText Name, string? Pictogram, IReadOnlyList<Competence> Competences);
