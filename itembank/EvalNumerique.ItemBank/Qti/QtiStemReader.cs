using System.Text.RegularExpressions;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// Reads the stem (the body around the interaction) and the stem's picture. The Markdown kept in the metadata is
/// used while it still renders to the same XHTML as the body; otherwise the body is converted back to Markdown.
/// </summary>
internal static partial class QtiStemReader
{
    private static readonly XNamespace Q = QtiNames.Qti;

    public static (string Stem, Picture? Image) Read(XElement? body, XElement interaction, XElement? meta, QtiDiagnostics d)
    {
        if (body is null)
        {
            return (string.Empty, null);
        }

        var imageParagraph = body.Elements(Q + "p").FirstOrDefault(p => (string?)p.Attribute("class") == QtiNames.ImageClass);
        var img = imageParagraph?.Element(Q + "img");
        var image = img is null ? null : new Picture((string?)img.Attribute("src") ?? string.Empty, (string?)img.Attribute("alt"));
        var skip = new HashSet<XElement> { interaction };
        if (imageParagraph is not null)
        {
            skip.Add(imageParagraph);
        }

        if (interaction.Name.LocalName == "qti-text-entry-interaction" && interaction.Parent is { } container && container != body)
        {
            skip.Add(container);
        }

        var prompt = interaction.Element(Q + "qti-prompt");
        var nodes = body.Nodes().Where(n => n is XElement e ? !skip.Contains(e) : !string.IsNullOrWhiteSpace((n as XText)?.Value)).ToList();
        if (prompt is not null)
        {
            nodes.AddRange(prompt.Nodes());
        }

        var markdown = QtiMetadata.Text(meta, "stem-markdown");
        if (markdown is not null && QtiXhtml.FromMarkdown(markdown) is { } rendered && Canonical(rendered) == Canonical(nodes))
        {
            return (markdown, image);
        }

        var unsupported = new SortedSet<string>(StringComparer.Ordinal);
        var converted = XhtmlToMarkdown.Convert(nodes, unsupported);
        if (unsupported.Count > 0)
        {
            d.Warning(body, $"the stem uses {string.Join(", ", unsupported)}, which Markdown items do not have; only their text is kept. Fix: check the stem after import.");
        }

        return (converted, image);
    }

    /// <summary>The nodes as XML text with white-space runs collapsed, to compare renderings.</summary>
    private static string Canonical(IEnumerable<XNode> nodes) =>
        Whitespace().Replace(string.Concat(nodes.Select(n => n.ToString(SaveOptions.DisableFormatting))), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
