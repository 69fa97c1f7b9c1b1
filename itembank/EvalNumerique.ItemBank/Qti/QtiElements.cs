using System.Xml.Linq;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>The QTI 3.0 elements the importer reads; everything else is reported.</summary>
internal static class QtiElements
{
    private static readonly HashSet<string> Structure = new(StringComparer.Ordinal)
    {
        "qti-assessment-item", "qti-response-declaration", "qti-correct-response", "qti-value", "qti-mapping", "qti-map-entry",
        "qti-outcome-declaration", "qti-default-value", "qti-item-body", "qti-response-processing",
        "qti-choice-interaction", "qti-simple-choice", "qti-order-interaction", "qti-hotspot-interaction", "qti-hotspot-choice",
        "qti-text-entry-interaction", "qti-prompt",
    };

    private static readonly HashSet<string> Body = new(StringComparer.Ordinal)
    {
        "p", "div", "span", "strong", "b", "em", "i", "code", "br", "a", "img", "ul", "ol", "li", "blockquote", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    /// <summary>Whether the element is one the importer turns into part of an item.</summary>
    public static bool IsRead(XElement element) =>
        element.Name.Namespace == QtiNames.Qti && (Structure.Contains(element.Name.LocalName) || Body.Contains(element.Name.LocalName));

    /// <summary>Whether an unread element sits in the item body, where its text is kept.</summary>
    public static bool IsBodyContent(XElement element) => element.Ancestors(QtiNames.Qti + "qti-item-body").Any();
}
