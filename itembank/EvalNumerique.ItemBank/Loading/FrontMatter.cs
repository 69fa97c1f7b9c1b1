namespace EvalNumerique.ItemBank.Loading;

/// <summary>Splits an item file into its YAML front matter and its Markdown body.</summary>
/// <param name="Yaml">The YAML text between the two <c>---</c> lines.</param>
/// <param name="FirstYamlLine">The file line (1-based) of the first YAML line.</param>
/// <param name="Body">The Markdown after the closing <c>---</c>.</param>
/// <param name="BodyLine">The file line of the body's first line.</param>
internal sealed record FrontMatter(string Yaml, int FirstYamlLine, string Body, int BodyLine)
{
    /// <summary>Splits <paramref name="text"/>; reports and returns <see langword="null"/> when there is no closed front matter.</summary>
    public static FrontMatter? Split(string text, FileDiagnostics diagnostics)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(1, Validation.RuleIds.FrontMatter,
                "the file does not start with a front matter. Fix: make the first line '---', then write the YAML fields " +
                "(id, competence, type…), then a line '---', then the question in Markdown.");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Error(1, Validation.RuleIds.FrontMatter,
            "the front matter is not closed. Fix: add a line '---' after the last YAML field, before the question.");
        return null;
    }
}
