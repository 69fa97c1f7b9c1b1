using System.Globalization;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// What an item holds that QTI 3.0 cannot say, as the bank's extension element (<see cref="QtiNames.Extension"/>)
/// written in the manifest's resource metadata:
/// <code>
/// &lt;item id competence type level status version&gt;
///   &lt;irt a b c d calibrated/&gt; &lt;audio/&gt; &lt;audio-file/&gt; &lt;feedback/&gt; &lt;stem-markdown/&gt;
///   &lt;enemy/&gt;* &lt;tag/&gt;* &lt;input-kind/&gt; &lt;normalise/&gt;
/// &lt;/item&gt;
/// </code>
/// The stem's Markdown is kept because Markdown → XHTML → Markdown is not the identity (soft line breaks, escapes);
/// the importer uses it only while it still renders to the item body, so an edit made in another QTI tool wins.
/// </summary>
public static class QtiMetadata
{
    private static readonly XNamespace E = QtiNames.Extension;

    /// <summary>The bank's extension element for <paramref name="item"/>.</summary>
    public static XElement Write(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var element = new XElement(E + "item",
            new XAttribute("id", item.Id),
            new XAttribute("competence", item.Competence),
            new XAttribute("type", ItemTypeNames.Name(item.Type)),
            new XAttribute("level", item.Level),
            new XAttribute("status", ItemTypeNames.Name(item.Status)),
            new XAttribute("version", item.Version),
            new XElement(E + "irt",
                new XAttribute("a", Number(item.Irt.A)), new XAttribute("b", Number(item.Irt.B)),
                new XAttribute("c", Number(item.Irt.C)), new XAttribute("d", Number(item.Irt.D)),
                new XAttribute("calibrated", item.Irt.Calibrated ? "true" : "false")),
            new XElement(E + "audio", item.Audio),
            item.AudioFile is null ? null : new XElement(E + "audio-file", item.AudioFile),
            new XElement(E + "feedback", item.Feedback),
            new XElement(E + "stem-markdown", item.Stem),
            item.Enemies.Select(e => new XElement(E + "enemy", e)),
            item.Tags.Select(t => new XElement(E + "tag", t)));
        if (item.Content is TextEntryContent textEntry)
        {
            element.Add(new XElement(E + "input-kind", textEntry.Input.Kind));
            element.Add(textEntry.Answer.Normalise.Select(r => new XElement(E + "normalise", ItemTypeNames.NormaliseNames[(int)r])));
        }

        return element;
    }

    /// <summary>The extension element among a resource's metadata, if any.</summary>
    internal static XElement? Find(XElement? metadata) => metadata?.Descendants(E + "item").FirstOrDefault();

    internal static string? Text(XElement? metadata, string name) => (string?)metadata?.Element(E + name);

    internal static IReadOnlyList<string> Texts(XElement? metadata, string name) =>
        metadata?.Elements(E + name).Select(e => e.Value).ToList() ?? [];

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
