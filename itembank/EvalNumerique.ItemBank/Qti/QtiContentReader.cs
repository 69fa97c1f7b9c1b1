using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>Reads an interaction and its response declaration into the type-specific content of an item.</summary>
internal static partial class QtiContentReader
{
    private static readonly XNamespace Q = QtiNames.Qti;

    public static ItemContent? Read(XElement interaction, XElement declaration, XElement? meta, QtiDiagnostics d)
    {
        var cardinality = (string?)declaration.Attribute("cardinality") ?? "single";
        var answers = Answers(declaration);
        if (answers.Count == 0)
        {
            d.Error(declaration, "the response declaration has no qti-correct-response nor qti-mapping with a positive value. Fix: give the right answer in qti-correct-response.");
            return null;
        }

        switch (interaction.Name.LocalName)
        {
            case "qti-choice-interaction":
                var choices = interaction.Elements(Q + "qti-simple-choice").Select(Choice).ToList();
                if (cardinality == "multiple")
                {
                    return new MultipleChoiceContent(choices, answers);
                }

                var type = (string?)meta?.Attribute("type");
                var looksYesNo = choices.Count == 2 && choices[0].Id == "yes" && choices[1].Id == "no";
                return type == "yes-no" || (type is null && looksYesNo)
                    ? new YesNoContent(answers[0] == "yes")
                    : new SingleChoiceContent(choices, answers[0]);
            case "qti-order-interaction":
                return new OrderingContent(interaction.Elements(Q + "qti-simple-choice").Select(Choice).ToList(), answers);
            case "qti-hotspot-interaction":
                return Hotspot(interaction, answers, d);
            default:
                return TextEntry(interaction, declaration, answers, meta);
        }
    }

    /// <summary>The keys of a mapping with a positive value (any one is right), else the correct response's values.</summary>
    private static List<string> Answers(XElement declaration)
    {
        var mapped = declaration.Element(Q + "qti-mapping")?.Elements(Q + "qti-map-entry")
            .Where(e => double.TryParse((string?)e.Attribute("mapped-value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0)
            .Select(e => (string?)e.Attribute("map-key") ?? string.Empty).ToList() ?? [];
        return mapped.Count > 0
            ? mapped
            : declaration.Element(Q + "qti-correct-response")?.Elements(Q + "qti-value").Select(v => v.Value).ToList() ?? [];
    }

    private static Choice Choice(XElement choice)
    {
        var text = string.Concat(choice.Nodes().Where(n => n is not XElement { Name.LocalName: "img" }).Select(n => n is XElement e ? e.Value : ((XText)n).Value));
        var img = choice.Element(Q + "img");
        return new Choice((string?)choice.Attribute("identifier") ?? string.Empty, Collapse(text), img is null ? null : Picture(img, withSize: false));
    }

    private static HotspotContent? Hotspot(XElement interaction, List<string> answers, QtiDiagnostics d)
    {
        var img = interaction.Element(Q + "img");
        if (img is null)
        {
            d.Error(interaction, "the hotspot interaction has no img. Fix: put the picture as an <img src alt width height> in the interaction (object and picture are not read).");
            return null;
        }

        var regions = new List<HotspotRegion>();
        foreach (var choice in interaction.Elements(Q + "qti-hotspot-choice"))
        {
            var id = (string?)choice.Attribute("identifier") ?? string.Empty;
            var coords = ((string?)choice.Attribute("coords") ?? string.Empty).Split(',')
                .Select(c => double.TryParse(c.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
            if ((string?)choice.Attribute("shape") != "rect" || coords.Count != 4 || coords.Any(double.IsNaN))
            {
                d.Error(choice, $"hotspot '{id}' is not a rectangle 'x1,y1,x2,y2'; the bank's regions are rectangles. Fix: draw it as shape=\"rect\".");
                return null;
            }

            var label = (string?)choice.Attribute("hotspot-label");
            if (label is null)
            {
                d.Warning(choice, $"hotspot '{id}' has no hotspot-label; its id is used as label. Fix: add hotspot-label=\"what the region is\" for screen readers.");
            }

            regions.Add(new HotspotRegion(id, label ?? id, coords[0], coords[1], coords[2] - coords[0], coords[3] - coords[1]));
        }

        return new HotspotContent(Picture(img, withSize: true), regions, answers);
    }

    private static TextEntryContent TextEntry(XElement interaction, XElement declaration, List<string> answers, XElement? meta)
    {
        var container = interaction.Parent;
        var labelElement = container?.Elements(Q + "span").FirstOrDefault(s => (string?)s.Attribute("class") == QtiNames.InputLabelClass);
        var label = labelElement?.Value ?? string.Concat(container?.Nodes().OfType<XText>().Select(t => t.Value) ?? []);
        var kind = QtiMetadata.Text(meta, "input-kind") ?? "text";
        IReadOnlyList<NormaliseRule> rules;
        if (QtiMetadata.Text(meta, "input-kind") is not null)
        {
            rules = QtiMetadata.Texts(meta, "normalise").Select(n => ItemTypeNames.TryParseNormalise(n, out var r) ? r : (NormaliseRule?)null)
                .OfType<NormaliseRule>().ToList();
        }
        else
        {
            var ignoresCase = declaration.Descendants(Q + "qti-map-entry").Any(e => (string?)e.Attribute("case-sensitive") == "false");
            rules = ignoresCase ? [NormaliseRule.Case] : [];
        }

        return new TextEntryContent(new TextInput(Collapse(label), kind), new TextAnswer(answers, rules));
    }

    private static Picture Picture(XElement img, bool withSize)
    {
        double? Size(string name) => withSize && double.TryParse((string?)img.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        return new Picture((string?)img.Attribute("src") ?? string.Empty, (string?)img.Attribute("alt"), Size("width"), Size("height"));
    }

    /// <summary>White space as HTML reads it: runs become one space, ends trimmed.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
