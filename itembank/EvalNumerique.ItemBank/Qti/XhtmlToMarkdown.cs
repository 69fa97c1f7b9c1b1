using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// Turns QTI body XHTML back into the bank's Markdown: paragraphs, headings, bold, italics, code, line breaks,
/// lists, quotes, links and pictures. White space is read as HTML reads it (runs collapse to one space). Any other
/// element keeps its text and is reported by name, so nothing disappears unnoticed.
/// </summary>
internal static partial class XhtmlToMarkdown
{
    public static string Convert(IEnumerable<XNode> nodes, ICollection<string> unsupported)
    {
        var markdown = new StringBuilder();
        Blocks(nodes, markdown, unsupported);
        return BlankLines().Replace(markdown.ToString(), "\n\n").Trim();
    }

    private static void Blocks(IEnumerable<XNode> nodes, StringBuilder markdown, ICollection<string> unsupported)
    {
        var inline = new StringBuilder();
        foreach (var node in nodes)
        {
            if (node is XElement element && IsBlock(element.Name.LocalName))
            {
                Flush(inline, markdown);
                Block(element, markdown, unsupported);
            }
            else
            {
                Inline(node, inline, unsupported);
            }
        }

        Flush(inline, markdown);
    }

    private static void Block(XElement element, StringBuilder markdown, ICollection<string> unsupported)
    {
        var name = element.Name.LocalName;
        switch (name)
        {
            case "p":
                markdown.Append(InlineText(element.Nodes(), unsupported)).Append("\n\n");
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                markdown.Append('#', name[1] - '0').Append(' ').Append(InlineText(element.Nodes(), unsupported)).Append("\n\n");
                break;
            case "ul" or "ol":
                var number = 1;
                foreach (var li in element.Elements())
                {
                    var content = Convert(li.Nodes(), unsupported).Replace("\n", "\n   ", StringComparison.Ordinal);
                    markdown.Append(name == "ul" ? "- " : $"{number++}. ").Append(content).Append('\n');
                }

                markdown.Append('\n');
                break;
            case "blockquote":
                var quoted = Convert(element.Nodes(), unsupported).Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l);
                markdown.Append(string.Join('\n', quoted)).Append("\n\n");
                break;
            case "hr":
                markdown.Append("***\n\n");
                break;
            default:
                Blocks(element.Nodes(), markdown, unsupported);
                break;
        }
    }

    private static string InlineText(IEnumerable<XNode> nodes, ICollection<string> unsupported)
    {
        var inline = new StringBuilder();
        foreach (var node in nodes)
        {
            Inline(node, inline, unsupported);
        }

        return Tidy(inline.ToString());
    }

    private static void Inline(XNode node, StringBuilder inline, ICollection<string> unsupported)
    {
        switch (node)
        {
            case XText text:
                inline.Append(Escape(Whitespace().Replace(text.Value, " ")));
                break;
            case XElement element:
                var name = element.Name.LocalName;
                switch (name)
                {
                    case "strong" or "b":
                        inline.Append("**").Append(InlineText(element.Nodes(), unsupported).Trim()).Append("**");
                        break;
                    case "em" or "i":
                        inline.Append('*').Append(InlineText(element.Nodes(), unsupported).Trim()).Append('*');
                        break;
                    case "code":
                        inline.Append('`').Append(element.Value).Append('`');
                        break;
                    case "br":
                        inline.Append("\\\n");
                        break;
                    case "a":
                        inline.Append('[').Append(InlineText(element.Nodes(), unsupported)).Append("](")
                            .Append((string?)element.Attribute("href") ?? string.Empty).Append(')');
                        break;
                    case "img":
                        inline.Append("![").Append(Escape((string?)element.Attribute("alt") ?? string.Empty)).Append("](")
                            .Append((string?)element.Attribute("src") ?? string.Empty).Append(')');
                        break;
                    case "span":
                        inline.Append(InlineText(element.Nodes(), unsupported));
                        break;
                    default:
                        unsupported.Add(name);
                        inline.Append(InlineText(element.Nodes(), unsupported));
                        break;
                }

                break;
        }
    }

    private static void Flush(StringBuilder inline, StringBuilder markdown)
    {
        var text = Tidy(inline.ToString());
        if (text.Length > 0)
        {
            markdown.Append(text).Append("\n\n");
        }

        inline.Clear();
    }

    private static bool IsBlock(string name) => name is "p" or "div" or "ul" or "ol" or "blockquote" or "hr"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "table" or "pre" or "figure" or "section";

    /// <summary>Collapses spaces, trims, and keeps a hard break (<c>\</c> + line end) from being followed by a space.</summary>
    private static string Tidy(string text) => Spaces().Replace(text, " ").Replace("\\\n ", "\\\n", StringComparison.Ordinal).Trim();

    /// <summary>Backslash-escapes what Markdown would read as formatting; a dot after a number at a line start too.</summary>
    private static string Escape(string text)
    {
        var escaped = MarkdownSpecial().Replace(text, @"\$0");
        return ListStart().Replace(escaped, m => m.Groups[1].Value + m.Groups[2].Value + "\\" + m.Groups[3].Value);
    }

    [GeneratedRegex(@"[\\`*_\[\]<>#|~]")]
    private static partial Regex MarkdownSpecial();

    [GeneratedRegex(@"(^|\n)(\d+)([.)])")]
    private static partial Regex ListStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
