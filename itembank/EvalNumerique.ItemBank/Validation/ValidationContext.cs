using EvalNumerique.ItemBank.Framework;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>
/// What item rules need besides the item: the bank folder, the framework (when it loaded) and, for an import,
/// the files that arrive with it (pictures not on disk yet), keyed by their full path as if they were in the bank.
/// </summary>
internal sealed class ValidationContext(string root, CompetenceFramework? framework, IReadOnlyDictionary<string, byte[]>? incoming = null)
{
    private readonly Dictionary<string, IReadOnlyList<string>> _svgProblems = new(StringComparer.Ordinal);

    /// <summary>Full path of the <c>itembank/</c> folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The framework, or <see langword="null"/> when <c>framework.yaml</c> could not be read (competence checks are skipped).</summary>
    public CompetenceFramework? Framework { get; } = framework;

    /// <summary>Whether the file is in the bank or arrives with the import.</summary>
    public bool FileExists(string fullPath) => incoming?.ContainsKey(fullPath) == true || File.Exists(fullPath);

    /// <summary>SVG problems per full path, so that a picture shared by many items is read once.</summary>
    public IReadOnlyList<string> SvgProblems(string fullPath)
    {
        if (!_svgProblems.TryGetValue(fullPath, out var problems))
        {
            var text = incoming is not null && incoming.TryGetValue(fullPath, out var bytes)
                ? System.Text.Encoding.UTF8.GetString(bytes)
                : File.ReadAllText(fullPath);
            problems = SvgSafety.Inspect(text);
            _svgProblems[fullPath] = problems;
        }

        return problems;
    }
}
