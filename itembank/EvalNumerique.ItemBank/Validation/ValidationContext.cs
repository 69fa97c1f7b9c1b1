using EvalNumerique.ItemBank.Framework;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>What item rules need besides the item: the bank folder and the framework (when it loaded).</summary>
internal sealed class ValidationContext(string root, CompetenceFramework? framework)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _svgProblems = new(StringComparer.Ordinal);

    /// <summary>Full path of the <c>itembank/</c> folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The framework, or <see langword="null"/> when <c>framework.yaml</c> could not be read (competence checks are skipped).</summary>
    public CompetenceFramework? Framework { get; } = framework;

    /// <summary>SVG problems per full path, so that a picture shared by many items is read once.</summary>
    public IReadOnlyList<string> SvgProblems(string fullPath)
    {
        if (!_svgProblems.TryGetValue(fullPath, out var problems))
        {
            problems = SvgSafety.Inspect(File.ReadAllText(fullPath));
            _svgProblems[fullPath] = problems;
        }

        return problems;
    }
}
