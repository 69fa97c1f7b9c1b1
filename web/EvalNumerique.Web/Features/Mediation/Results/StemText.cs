using System.Text.RegularExpressions;

namespace EvalNumerique.Web.Features.Mediation.Results;

/// <summary>The first line of an item's Markdown stem as plain text, short enough for a table cell.</summary>
public static partial class StemText
{
    public const int MaxLength = 140;

    public static string FirstLine(string? markdown)
    {
        string line = (markdown ?? "").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        line = Image().Replace(line, "");
        line = Link().Replace(line, "$1");
        line = Markup().Replace(line, "");
        line = Spaces().Replace(line, " ").Trim();
        return line.Length <= MaxLength ? line : string.Concat(line.AsSpan(0, MaxLength - 1).TrimEnd(), "…");
    }

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[*_`#>]+|<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
