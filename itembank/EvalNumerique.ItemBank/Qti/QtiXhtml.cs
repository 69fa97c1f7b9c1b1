using System.Xml;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Rendering;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// The stem as QTI body content: Markdown rendered by the bank's safe pipeline (<see cref="MarkdownRenderer"/>, raw
/// HTML off, unsafe links removed), then read as XHTML in the QTI namespace, where QTI 3.0 redefines p, strong, em,
/// ul, img… under the same names.
/// </summary>
internal static class QtiXhtml
{
    /// <summary>The body nodes of <paramref name="markdown"/>, or <see langword="null"/> when the HTML is not well-formed XML.</summary>
    public static IReadOnlyList<XNode>? FromMarkdown(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);
        try
        {
            // Spaces between inline elements are text ("**a** **4**"); only the line ends between blocks are dropped.
            var wrapper = XElement.Parse($"<div xmlns=\"{QtiNames.Qti.NamespaceName}\">{html}</div>", LoadOptions.PreserveWhitespace);
            return wrapper.Nodes().Where(n => n is not XText text || !string.IsNullOrWhiteSpace(text.Value)).ToList();
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>Plain text as one paragraph, the fallback when the rendered HTML is not XML.</summary>
    public static XElement Paragraph(string text) => new(QtiNames.Qti + "p", text);
}
