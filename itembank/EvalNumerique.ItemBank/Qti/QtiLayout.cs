using System.Xml.Linq;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// Lays out an item document for people to read: line breaks and indentation only between the children of
/// structural elements (declarations, body, interactions), never inside paragraphs or choices, where a space is text.
/// </summary>
internal static class QtiLayout
{
    private static readonly HashSet<string> Containers = new(StringComparer.Ordinal)
    {
        "qti-assessment-item", "qti-response-declaration", "qti-correct-response", "qti-mapping", "qti-outcome-declaration",
        "qti-default-value", "qti-item-body", "qti-choice-interaction", "qti-order-interaction", "qti-hotspot-interaction",
    };

    public static void Indent(XElement element, int depth)
    {
        if (!Containers.Contains(element.Name.LocalName) || !element.HasElements || element.Nodes().Any(n => n is not XElement))
        {
            return;
        }

        var children = element.Elements().ToList();
        foreach (var child in children)
        {
            child.AddBeforeSelf(new XText("\n" + new string(' ', 2 * (depth + 1))));
            Indent(child, depth + 1);
        }

        element.Add(new XText("\n" + new string(' ', 2 * depth)));
    }
}
