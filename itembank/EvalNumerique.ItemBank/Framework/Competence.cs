namespace EvalNumerique.ItemBank.Framework;

/// <summary>A competence of the framework, e.g. <c>safety.scams</c>, with its four levels.</summary>
/// <param name="Id">The id, <c>&lt;domain&gt;.&lt;competence&gt;</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Pictogram">Optional pictogram name or path.</param>
/// <param name="DigComp">DigComp 2.2 competence codes, e.g. <c>4.2</c>.</param>
/// <param name="Pix">Pix competence codes, e.g. <c>4.1</c>.</param>
/// <param name="Levels">The can-do descriptors, ordered by level.</param>
public sealed record Competence(
    string Id,
    LocalizedText Name,
    string? Pictogram,
    IReadOnlyList<string> DigComp,
    IReadOnlyList<string> Pix,
    IReadOnlyList<CompetenceLevel> Levels)
{
    /// <summary>The domain part of the id (before the dot).</summary>
    public string DomainId => Id.Split('.')[0];

    /// <summary>The folder of the competence's items, relative to <c>itembank/</c>: <c>items/&lt;domain&gt;/&lt;competence&gt;</c>.</summary>
    public string ItemFolder => "items/" + Id.Replace('.', '/');
}
