namespace EvalNumerique.ItemBank.Loading;

/// <summary>A problem found in a bank file, with where it is and how to fix it.</summary>
/// <param name="Path">The file, relative to <c>itembank/</c>, with forward slashes.</param>
/// <param name="Line">1-based line in the file (for items, counted from the file's first line, front matter included).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Rule">A stable id of the rule that fired (see <see cref="Validation.RuleIds"/>).</param>
/// <param name="Message">What is wrong and how to fix it, in English.</param>
public sealed record Diagnostic(string Path, int Line, DiagnosticSeverity Severity, string Rule, string Message)
{
    /// <summary>Whether this diagnostic is an error.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>path:line: severity: message</c>, the format of compilers that editors understand.</summary>
    public override string ToString() =>
        $"{Path}:{Line}: {(IsError ? "error" : "warning")}: {Message}";
}
