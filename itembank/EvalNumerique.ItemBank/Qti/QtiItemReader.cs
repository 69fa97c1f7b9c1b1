using System.Globalization;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Framework;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Writing;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// Reads a QTI 3.0 <c>qti-assessment-item</c> back into an <see cref="Item"/>: the interactions the export writes
/// (choice, order, hotspot with rectangles, text entry), one response per item. What QTI does not hold comes from
/// the bank's metadata extension (<see cref="QtiMetadata"/>); when it is missing the diagnostic says what to add.
/// Every element it does not read is reported by name and line.
/// </summary>
public static class QtiItemReader
{
    private static readonly XNamespace Q = QtiNames.Qti;

    private static readonly HashSet<string> Interactions = new(StringComparer.Ordinal)
    {
        "qti-choice-interaction", "qti-order-interaction", "qti-hotspot-interaction", "qti-text-entry-interaction",
    };

    /// <summary>
    /// Reads one item document; <paramref name="metadata"/> is the manifest resource's <c>&lt;metadata&gt;</c> (or the
    /// bank's <c>&lt;item&gt;</c> extension element itself), <see langword="null"/> when there is none.
    /// </summary>
    public static QtiImportResult Read(XDocument document, XElement? metadata, string path, CompetenceFramework? framework)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        var diagnostics = new QtiDiagnostics(path);
        var meta = metadata?.Name == QtiNames.Extension + "item" ? metadata : QtiMetadata.Find(metadata);
        var item = Build(document, meta, diagnostics, framework);
        return new QtiImportResult(item is null || diagnostics.HasErrors ? [] : [item], diagnostics.All);
    }

    private static Item? Build(XDocument document, XElement? meta, QtiDiagnostics d, CompetenceFramework? framework)
    {
        var root = document.Root;
        if (root is null || root.Name != Q + "qti-assessment-item")
        {
            d.Error(root, $"the root element is '{root?.Name}', not a QTI 3.0 qti-assessment-item (namespace {Q.NamespaceName}). " +
                "Fix: export the item as QTI 3.0; QTI 2.x items must be converted first.");
            return null;
        }

        ReportUnsupported(root, d);
        var processing = root.Element(Q + "qti-response-processing");
        if ((string?)processing?.Attribute("template") is not (QtiNames.MatchCorrect or QtiNames.MapResponse))
        {
            d.Warning(processing ?? root, "the response processing is not the standard match_correct or map_response template; it is not read, and the bank scores " +
                "from the correct response (or the mapping's keys). Fix: check the answer after import.");
        }

        var interactions = root.Descendants().Where(e => e.Name.Namespace == Q && Interactions.Contains(e.Name.LocalName)).ToList();
        var others = root.Descendants().Where(e => e.Name.Namespace == Q && e.Name.LocalName.EndsWith("-interaction", StringComparison.Ordinal)
            && !Interactions.Contains(e.Name.LocalName)).ToList();
        foreach (var other in others)
        {
            d.Error(other, $"{other.Name.LocalName} is not an interaction of the bank. Fix: only choice, order, hotspot and text-entry interactions can be imported.");
        }

        var declarations = root.Elements(Q + "qti-response-declaration").ToList();
        if (interactions.Count != 1 || declarations.Count != 1)
        {
            d.Error(root, $"the item has {interactions.Count} supported interactions and {declarations.Count} response declarations; the bank needs exactly one of each. " +
                "Fix: split composite items into one item per question.");
            return null;
        }

        var interaction = interactions[0];
        var declaration = declarations[0];
        var content = QtiContentReader.Read(interaction, declaration, meta, d);
        var body = root.Element(Q + "qti-item-body");
        var (stem, image) = QtiStemReader.Read(body, interaction, meta, d);
        if (content is HotspotContent hotspot)
        {
            image = hotspot.Image;
        }

        return content is null ? null : Item(root, meta, content, stem, image, d, framework);
    }

    private static Item? Item(XElement root, XElement? meta, ItemContent content, string stem, Picture? image, QtiDiagnostics d, CompetenceFramework? framework)
    {
        if (meta is null)
        {
            d.Error(root, "the item has no bank metadata, so its competence, level and feedback are unknown. Fix: add to the resource's <metadata> in imsmanifest.xml " +
                $"<item xmlns=\"{QtiNames.Extension.NamespaceName}\" competence=\"safety.scams\" level=\"2\"><feedback>…</feedback></item> (see QtiMetadata).");
            return null;
        }

        var id = (string?)meta.Attribute("id") ?? (string?)root.Attribute("identifier");
        var competence = (string?)meta.Attribute("competence");
        var level = Integer(meta, "level");
        var feedback = QtiMetadata.Text(meta, "feedback");
        if (id is null || competence is null || level is null || feedback is null)
        {
            d.Error(meta, "the bank metadata lacks " + string.Join(", ", new[] { id is null ? "id" : null, competence is null ? "competence" : null,
                level is null ? "level (1–4)" : null, feedback is null ? "<feedback>" : null }.OfType<string>()) +
                ". Fix: add them to the <item> element of the resource's metadata.");
            return null;
        }

        if (framework is not null && framework.FindCompetence(competence) is null)
        {
            d.Error(meta, $"competence '{competence}' is not in framework.yaml. Fix: use one of {string.Join(", ", framework.Competences.Select(c => c.Id))}.");
            return null;
        }

        var irt = Irt(meta.Element(QtiNames.Extension + "irt"), content.Type, level.Value, d);
        var status = ItemTypeNames.TryParseStatus((string?)meta.Attribute("status") ?? string.Empty, out var s) ? s : Default(d, meta, "status", ItemStatus.Draft);
        var version = Integer(meta, "version") ?? Default(d, meta, "version", 1);
        var audio = QtiMetadata.Text(meta, "audio") ?? Default(d, meta, "<audio>", stem);
        var item = new Item(id, competence, level.Value, irt, status, version, audio, feedback, image, QtiMetadata.Text(meta, "audio-file"),
            QtiMetadata.Texts(meta, "enemy"), QtiMetadata.Texts(meta, "tag"), stem, content, string.Empty);
        return item with { SourcePath = ItemFileWriter.RelativePath(item) };
    }

    private static IrtParameters Irt(XElement? irt, ItemType type, int level, QtiDiagnostics d)
    {
        double? Value(string name) => double.TryParse((string?)irt?.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (Value("a") is { } a && Value("b") is { } b && Value("c") is { } c && Value("d") is { } dd)
        {
            return new IrtParameters(a, b, c, dd, (string?)irt!.Attribute("calibrated") == "true");
        }

        d.Warning(irt, "the IRT parameters are missing or incomplete; the prior of FORMAT.md for this type and level is used. Fix: add <irt a=\"…\" b=\"…\" c=\"…\" d=\"…\" calibrated=\"false\"/> to keep calibrated values.");
        return PriorParameters.For(type, Math.Clamp(level, 1, 4));
    }

    private static T Default<T>(QtiDiagnostics d, XElement meta, string name, T value)
    {
        d.Warning(meta, $"the bank metadata has no {name}; '{value}' is assumed. Fix: add it to the <item> element of the resource's metadata.");
        return value;
    }

    private static int? Integer(XElement meta, string name) =>
        int.TryParse((string?)meta.Attribute(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Warns once per element name the reader does not read (modal feedback, templates, stylesheets…).</summary>
    private static void ReportUnsupported(XElement root, QtiDiagnostics d)
    {
        foreach (var group in root.Descendants().Where(e => !QtiElements.IsRead(e)).GroupBy(e => e.Name.LocalName))
        {
            var first = group.First();
            if (first.Name.LocalName.EndsWith("-interaction", StringComparison.Ordinal))
            {
                continue;
            }

            d.Warning(first, $"element '{first.Name.LocalName}' ({group.Count()}×) is not supported by the bank and is ignored" +
                (QtiElements.IsBodyContent(first) ? " (its text is kept)" : string.Empty) + ". Fix: nothing if it is not needed; otherwise add it by hand after import.");
        }
    }
}
