using System.Text.RegularExpressions;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>
/// Finds what could run or load from outside in an SVG: scripts, event attributes (<c>onload=</c>…),
/// links other than <c>#fragment</c>, <c>javascript:</c>, embedded HTML, external CSS and entity declarations.
/// </summary>
public static partial class SvgSafety
{
    /// <summary>A description of every problem, with its line in the SVG; empty when the picture is safe.</summary>
    public static IReadOnlyList<string> Inspect(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var problems = new List<string>();
        Add(problems, svg, ScriptTag(), m => "a <script> element");
        Add(problems, svg, EventAttribute(), m => $"an event attribute '{m.Groups["name"].Value}='");
        Add(problems, svg, JavascriptUrl(), m => "a 'javascript:' address");
        Add(problems, svg, ForeignObject(), m => "a <foreignObject> (embedded HTML)");
        Add(problems, svg, EntityDeclaration(), m => "an <!ENTITY> declaration");
        Add(problems, svg, CssImport(), m => "a CSS @import");
        foreach (Match m in Href().Matches(svg))
        {
            var value = m.Groups["value"].Value.Trim();
            if (!value.StartsWith('#'))
            {
                problems.Add($"line {LineOf(svg, m.Index)}: a link to '{Shorten(value)}' (only '#id' links inside the picture are allowed)");
            }
        }

        foreach (Match m in CssUrl().Matches(svg))
        {
            var value = m.Groups["value"].Value.Trim();
            if (!value.StartsWith('#'))
            {
                problems.Add($"line {LineOf(svg, m.Index)}: a CSS url('{Shorten(value)}') that loads from outside");
            }
        }

        return problems;
    }

    private static void Add(List<string> problems, string svg, Regex regex, Func<Match, string> describe)
    {
        foreach (Match m in regex.Matches(svg))
        {
            problems.Add($"line {LineOf(svg, m.Index)}: {describe(m)}");
        }
    }

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"<\s*script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<[^>]*?[\s/""'](?<name>on[a-z]+)\s*=", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex EventAttribute();

    [GeneratedRegex(@"j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*(?::|&#0*58;?|&#x0*3a;?|&colon;)", RegexOptions.IgnoreCase)]
    private static partial Regex JavascriptUrl();

    [GeneratedRegex(@"<\s*foreignObject", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignObject();

    [GeneratedRegex(@"<!ENTITY", RegexOptions.IgnoreCase)]
    private static partial Regex EntityDeclaration();

    [GeneratedRegex(@"@import", RegexOptions.IgnoreCase)]
    private static partial Regex CssImport();

    [GeneratedRegex(@"\bhref\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex(@"url\(\s*['""]?(?<value>[^'"")]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
