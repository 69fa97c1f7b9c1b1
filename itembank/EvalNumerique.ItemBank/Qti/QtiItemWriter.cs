using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// Writes an item as a QTI 3.0 <c>qti-assessment-item</c>: single-choice and yes-no as a choice interaction with
/// max-choices 1, multiple-choice as one with cardinality multiple, ordering as an order interaction, hotspot as a
/// hotspot interaction over the picture with rectangle choices, text entry as a text-entry interaction. The stem is
/// rendered to XHTML by the bank's safe Markdown pipeline. Scoring uses the standard match_correct template, or
/// map_response when several answers are right (hotspot) or accepted (text entry).
/// </summary>
public static class QtiItemWriter
{
    private static readonly XNamespace Q = QtiNames.Qti;

    /// <summary>Why an item cannot be written as QTI, or <see langword="null"/> when it can.</summary>
    public static string? Unsupported(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Content is SimulationContent)
        {
            return "a simulation imitates a whole screen (tappable elements, forms, sequences of taps); QTI 3.0 has no interaction for it. Kept in the bank only.";
        }

        var identifiers = Identifiers(item.Content).Prepend(item.Id).Where(i => !IsIdentifier(i)).ToList();
        if (identifiers.Count > 0)
        {
            return $"{string.Join(", ", identifiers.Select(i => $"'{i}'"))} cannot be a QTI identifier (a letter or '_' first, then letters, digits, '-', '_', '.'). Fix: rename the id in the item file.";
        }

        var texts = new[] { item.Stem, item.Audio, item.Feedback, item.Image?.Alt ?? string.Empty }.Concat(item.Tags).Concat(Texts(item.Content));
        return texts.Any(t => !IsXmlText(t)) ? "a text contains control characters that XML cannot hold. Fix: remove them from the item file." : null;
    }

    /// <summary>The QTI item, or <see langword="null"/> when <see cref="Unsupported"/> gives a reason.</summary>
    public static QtiItemXml? Write(Item item)
    {
        if (Unsupported(item) is not null)
        {
            return null;
        }

        var notes = new List<string>();
        var body = new XElement(Q + "qti-item-body", Stem(item.Stem, notes));
        if (item.Image is { } image && item.Content is not HotspotContent)
        {
            body.Add(new XElement(Q + "p", new XAttribute("class", QtiNames.ImageClass), Img(image)));
        }

        var (declaration, interaction, template) = Interaction(item.Content, notes);
        body.Add(interaction);
        var root = new XElement(Q + "qti-assessment-item",
            new XAttribute(XNamespace.Xmlns + "xsi", QtiNames.Xsi.NamespaceName),
            new XAttribute(QtiNames.Xsi + "schemaLocation", QtiNames.SchemaLocation),
            new XAttribute("identifier", item.Id),
            new XAttribute("title", Title(item)),
            new XAttribute("adaptive", "false"),
            new XAttribute("time-dependent", "false"),
            new XAttribute(XNamespace.Xml + "lang", "fr"),
            declaration,
            new XElement(Q + "qti-outcome-declaration",
                new XAttribute("identifier", QtiNames.Score), new XAttribute("cardinality", "single"), new XAttribute("base-type", "float"),
                new XElement(Q + "qti-default-value", new XElement(Q + "qti-value", "0"))),
            body,
            new XElement(Q + "qti-response-processing", new XAttribute("template", template)));
        QtiLayout.Indent(root, 0);
        return new QtiItemXml(item.Id, new XDocument(new XDeclaration("1.0", "utf-8", null), root), notes);
    }

    private static (XElement Declaration, XElement Interaction, string Template) Interaction(ItemContent content, List<string> notes) => content switch
    {
        SingleChoiceContent single => (Declaration("single", "identifier", [single.Answer]), Choice(single.Choices, 1), QtiNames.MatchCorrect),
        YesNoContent yesNo => (Declaration("single", "identifier", [yesNo.Answer ? "yes" : "no"]),
            Choice([new Choice("yes", "Oui", null), new Choice("no", "Non", null)], 1), QtiNames.MatchCorrect),
        MultipleChoiceContent multiple => (Declaration("multiple", "identifier", multiple.Answer), Choice(multiple.Choices, 0), QtiNames.MatchCorrect),
        OrderingContent ordering => (Declaration("ordered", "identifier", ordering.Answer),
            new XElement(Q + "qti-order-interaction", new XAttribute("response-identifier", QtiNames.Response), new XAttribute("shuffle", "false"),
                ordering.Choices.Select(SimpleChoice)), QtiNames.MatchCorrect),
        HotspotContent hotspot => Hotspot(hotspot),
        TextEntryContent textEntry => TextEntry(textEntry, notes),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content.GetType().Name, "Checked by Unsupported."),
    };

    private static XElement Declaration(string cardinality, string baseType, IEnumerable<string> correct) =>
        new(Q + "qti-response-declaration",
            new XAttribute("identifier", QtiNames.Response), new XAttribute("cardinality", cardinality), new XAttribute("base-type", baseType),
            new XElement(Q + "qti-correct-response", correct.Select(v => new XElement(Q + "qti-value", v))));

    private static XElement Choice(IEnumerable<Choice> choices, int maxChoices) =>
        new(Q + "qti-choice-interaction",
            new XAttribute("response-identifier", QtiNames.Response), new XAttribute("shuffle", "false"), new XAttribute("max-choices", maxChoices),
            choices.Select(SimpleChoice));

    private static XElement SimpleChoice(Choice choice) =>
        new(Q + "qti-simple-choice", new XAttribute("identifier", choice.Id), choice.Text,
            choice.Image is null ? null : new object[] { " ", Img(choice.Image) });

    private static (XElement, XElement, string) Hotspot(HotspotContent hotspot)
    {
        var declaration = Declaration("single", "identifier", hotspot.Answer.Take(1));
        if (hotspot.Answer.Count > 1)
        {
            declaration.Add(Mapping(hotspot.Answer, caseSensitive: null));
        }

        var interaction = new XElement(Q + "qti-hotspot-interaction",
            new XAttribute("response-identifier", QtiNames.Response), new XAttribute("max-choices", 1),
            Img(hotspot.Image),
            hotspot.Regions.Select(r => new XElement(Q + "qti-hotspot-choice",
                new XAttribute("identifier", r.Id), new XAttribute("shape", "rect"),
                new XAttribute("coords", string.Join(',', new[] { r.X, r.Y, r.X + r.W, r.Y + r.H }.Select(Number))),
                new XAttribute("hotspot-label", r.Label))));
        return (declaration, interaction, hotspot.Answer.Count > 1 ? QtiNames.MapResponse : QtiNames.MatchCorrect);
    }

    private static (XElement, XElement, string) TextEntry(TextEntryContent textEntry, List<string> notes)
    {
        var answer = textEntry.Answer;
        var ignoresCase = answer.Normalise.Contains(NormaliseRule.Case);
        var declaration = Declaration("single", "string", answer.Accept.Take(1));
        var mapped = answer.Accept.Count > 1 || ignoresCase;
        if (mapped)
        {
            declaration.Add(Mapping(answer.Accept, caseSensitive: !ignoresCase));
        }

        var lost = answer.Normalise.Where(r => r != NormaliseRule.Case).Select(r => ItemTypeNames.NormaliseNames[(int)r]).ToList();
        if (lost.Count > 0)
        {
            notes.Add($"normalise [{string.Join(", ", lost)}] has no QTI equivalent: a QTI player compares the typed text {(ignoresCase ? "ignoring case only" : "exactly")}; the rules are kept in the manifest's metadata");
        }

        var interaction = new XElement(Q + "p", new XAttribute("class", QtiNames.InputClass),
            new XElement(Q + "span", new XAttribute("class", QtiNames.InputLabelClass), textEntry.Input.Label),
            " ",
            new XElement(Q + "qti-text-entry-interaction", new XAttribute("response-identifier", QtiNames.Response),
                new XAttribute("expected-length", answer.Accept.Max(a => a.Length))));
        return (declaration, interaction, mapped ? QtiNames.MapResponse : QtiNames.MatchCorrect);
    }

    private static XElement Mapping(IEnumerable<string> keys, bool? caseSensitive) =>
        new(Q + "qti-mapping", new XAttribute("default-value", 0), new XAttribute("upper-bound", 1),
            keys.Distinct(StringComparer.Ordinal).Select(k => new XElement(Q + "qti-map-entry",
                new XAttribute("map-key", k), new XAttribute("mapped-value", 1),
                caseSensitive is { } sensitive ? new XAttribute("case-sensitive", sensitive ? "true" : "false") : null)));

    private static XElement Img(Picture picture) =>
        new(Q + "img", new XAttribute("src", picture.Src), new XAttribute("alt", picture.Alt ?? string.Empty),
            picture.Width is { } w ? new XAttribute("width", Number(w)) : null,
            picture.Height is { } h ? new XAttribute("height", Number(h)) : null);

    private static IEnumerable<XNode> Stem(string markdown, List<string> notes)
    {
        if (QtiXhtml.FromMarkdown(markdown) is { } nodes)
        {
            return nodes;
        }

        notes.Add("the stem's HTML could not be read as XML; it is exported as plain text (the Markdown is kept in the manifest's metadata)");
        return [QtiXhtml.Paragraph(markdown)];
    }

    /// <summary>A short human title: the stem's first paragraph as plain text, else the id.</summary>
    private static string Title(Item item)
    {
        var first = QtiXhtml.FromMarkdown(item.Stem)?.OfType<XElement>().FirstOrDefault()?.Value.ReplaceLineEndings(" ").Trim();
        return string.IsNullOrEmpty(first) ? item.Id : first.Length <= 80 ? first : first[..79] + "…";
    }

    private static IEnumerable<string> Identifiers(ItemContent content) => content switch
    {
        SingleChoiceContent s => s.Choices.Select(c => c.Id),
        MultipleChoiceContent m => m.Choices.Select(c => c.Id),
        OrderingContent o => o.Choices.Select(c => c.Id),
        HotspotContent h => h.Regions.Select(r => r.Id),
        _ => [],
    };

    private static IEnumerable<string> Texts(ItemContent content) => content switch
    {
        SingleChoiceContent s => s.Choices.SelectMany(ChoiceTexts),
        MultipleChoiceContent m => m.Choices.SelectMany(ChoiceTexts),
        OrderingContent o => o.Choices.SelectMany(ChoiceTexts),
        HotspotContent h => h.Regions.Select(r => r.Label).Append(h.Image.Alt ?? string.Empty),
        TextEntryContent t => t.Answer.Accept.Append(t.Input.Label),
        _ => [],
    };

    private static IEnumerable<string> ChoiceTexts(Choice choice) => [choice.Text, choice.Image?.Alt ?? string.Empty];

    private static bool IsIdentifier(string id)
    {
        try
        {
            XmlConvert.VerifyNCName(id);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static bool IsXmlText(string text) => text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
