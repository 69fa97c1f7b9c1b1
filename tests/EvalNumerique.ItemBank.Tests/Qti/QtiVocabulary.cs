namespace EvalNumerique.ItemBank.Tests.Qti;

/// <summary>
/// Element and attribute names of the IMS QTI 3.0 ASI specification that the export may use (the official XSD could
/// not be obtained here; these names come from the QTI 3.0 Assessment Test, Section and Item Information Model).
/// </summary>
internal static class QtiVocabulary
{
    public static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "qti-assessment-item", "qti-response-declaration", "qti-correct-response", "qti-value", "qti-mapping", "qti-map-entry",
        "qti-outcome-declaration", "qti-default-value", "qti-item-body", "qti-response-processing",
        "qti-choice-interaction", "qti-simple-choice", "qti-order-interaction", "qti-hotspot-interaction", "qti-hotspot-choice",
        "qti-text-entry-interaction",
        "p", "span", "strong", "em", "code", "br", "a", "img", "ul", "ol", "li", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static readonly Dictionary<string, string[]> Attributes = new(StringComparer.Ordinal)
    {
        ["qti-assessment-item"] = ["identifier", "title", "adaptive", "time-dependent", "lang", "schemaLocation"],
        ["qti-response-declaration"] = ["identifier", "cardinality", "base-type"],
        ["qti-outcome-declaration"] = ["identifier", "cardinality", "base-type"],
        ["qti-mapping"] = ["default-value", "upper-bound", "lower-bound"],
        ["qti-map-entry"] = ["map-key", "mapped-value", "case-sensitive"],
        ["qti-response-processing"] = ["template"],
        ["qti-choice-interaction"] = ["response-identifier", "shuffle", "max-choices", "min-choices"],
        ["qti-order-interaction"] = ["response-identifier", "shuffle"],
        ["qti-hotspot-interaction"] = ["response-identifier", "max-choices", "min-choices"],
        ["qti-hotspot-choice"] = ["identifier", "shape", "coords", "hotspot-label"],
        ["qti-simple-choice"] = ["identifier"],
        ["qti-text-entry-interaction"] = ["response-identifier", "expected-length"],
        ["img"] = ["src", "alt", "width", "height", "title"],
        ["a"] = ["href", "title"],
        ["p"] = ["class"],
        ["span"] = ["class"],
    };
}
