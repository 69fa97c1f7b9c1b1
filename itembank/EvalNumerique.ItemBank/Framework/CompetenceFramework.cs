namespace EvalNumerique.ItemBank.Framework;

/// <summary>The competence framework of <c>framework.yaml</c>: domains → competences → four levels.</summary>
/// <param name="Domains">The domains in file order.</param>
/// <param name="LevelNames">The names of levels 1–4 (découverte, débutant, à l'aise, autonome), when given.</param>
public sealed record CompetenceFramework(IReadOnlyList<Domain> Domains, IReadOnlyDictionary<int, LocalizedText> LevelNames)
{
    /// <summary>An empty framework, used when <c>framework.yaml</c> cannot be read.</summary>
    public static CompetenceFramework Empty { get; } = new([], new Dictionary<int, LocalizedText>());

    /// <summary>Every competence of every domain, in file order.</summary>
    public IEnumerable<Competence> Competences => Domains.SelectMany(d => d.Competences);

    /// <summary>The competence with this id, or <see langword="null"/>.</summary>
    public Competence? FindCompetence(string id) => Competences.FirstOrDefault(c => c.Id == id);
}
