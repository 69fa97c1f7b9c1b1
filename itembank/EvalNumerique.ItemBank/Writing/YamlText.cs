using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EvalNumerique.ItemBank.Writing;

/// <summary>
/// Spells values the way item files write them: ids and paths plain when that is safe, free text in double
/// quotes (so « », apostrophes, colons and '#' never change the YAML's meaning), long texts folded (<c>&gt;-</c>).
/// </summary>
internal static partial class YamlText
{
    /// <summary>Width of a folded line's content; lines break only at a single space between two words.</summary>
    public const int FoldWidth = 110;

    private static readonly HashSet<string> NullWords = new(StringComparer.OrdinalIgnoreCase) { "null", "~" };

    /// <summary>A double-quoted scalar with every character YAML could misread escaped.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append(@"\n"); break;
                case '\t': builder.Append(@"\t"); break;
                case '\r': builder.Append(@"\r"); break;
                default:
                    if (c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF')
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Plain when the text is a simple word, id, tag or relative path; quoted otherwise.</summary>
    public static string Scalar(string text) =>
        SafePlain().IsMatch(text) && !NullWords.Contains(text) ? text : Quoted(text);

    /// <summary>A flow list <c>[a, b]</c> of <see cref="Scalar"/> values.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Scalar)) + "]";

    /// <summary>A flow list <c>["a", "b"]</c> of quoted texts.</summary>
    public static string QuotedList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quoted)) + "]";

    /// <summary>A number as written by hand: shortest round-trip form, whole numbers without decimals.</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        double.NaN => ".nan",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>An IRT value, always with a decimal part (<c>1.0</c>, <c>-0.5</c>) as FORMAT.md writes them.</summary>
    public static string Decimal(double value) =>
        double.IsFinite(value) && double.IsInteger(value) ? value.ToString("0.0", CultureInfo.InvariantCulture) : Number(value);

    /// <summary>
    /// <c>key: &gt;-</c> followed by the text folded at <see cref="FoldWidth"/>, or <c>key: "…"</c> when folding
    /// could change the text (line breaks, tabs, leading or trailing spaces, empty text).
    /// </summary>
    public static void Folded(StringBuilder yaml, string key, string text, string indent = "")
    {
        if (!CanFold(text))
        {
            yaml.Append(indent).Append(key).Append(": ").Append(Quoted(text)).Append('\n');
            return;
        }

        yaml.Append(indent).Append(key).Append(": >-\n");
        foreach (var line in Fold(text))
        {
            yaml.Append(indent).Append("  ").Append(line).Append('\n');
        }
    }

    private static bool CanFold(string text) =>
        text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
        && !text.Any(c => c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF');

    private static IEnumerable<string> Fold(string text)
    {
        var start = 0;
        while (text.Length - start > FoldWidth)
        {
            var cut = -1;
            for (var i = start + 1; i < text.Length - 1; i++)
            {
                if (text[i] == ' ' && text[i - 1] != ' ' && text[i + 1] != ' ')
                {
                    if (i - start > FoldWidth && cut >= 0)
                    {
                        break;
                    }

                    cut = i;
                }
            }

            if (cut < 0)
            {
                break;
            }

            yield return text[start..cut];
            start = cut + 1;
        }

        yield return text[start..];
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}._/'-]*( [\p{L}\p{N}._/'-]+)*$")]
    private static partial Regex SafePlain();
}
