using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// Writes items as a QTI 3.0 content package (a zip): <c>imsmanifest.xml</c> (IMS CP, one resource of type
/// <c>imsqti_item_xmlv3p0</c> per item, whose metadata holds the bank's extension), one XML file per item at the
/// item's place in the bank (<c>items/&lt;domain&gt;/&lt;competence&gt;/&lt;id&gt;.xml</c>) and the pictures beside
/// them, so that relative picture paths stay valid. Items QTI cannot express are listed in the report, not written.
/// </summary>
public static class QtiPackageWriter
{
    private static readonly XNamespace Cp = QtiNames.ContentPackage;

    /// <summary>Writes the package of <paramref name="items"/> (pictures read under <paramref name="itembankDirectory"/>) to <paramref name="output"/>.</summary>
    public static QtiExportReport Write(IEnumerable<Item> items, string itembankDirectory, Stream output)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(itembankDirectory);
        ArgumentNullException.ThrowIfNull(output);
        var root = Path.GetFullPath(itembankDirectory);
        var exported = new List<QtiExportedItem>();
        var skipped = new List<QtiSkippedItem>();
        var resources = new XElement(Cp + "resources");
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            var typeName = ItemTypeNames.Name(item.Type);
            var pictures = Pictures(item).Select(p => (Picture: p, Path: PackagePath(item, p.Src))).ToList();
            var reason = QtiItemWriter.Unsupported(item)
                ?? pictures.Where(p => p.Path is null || !File.Exists(Path.Combine(root, p.Path))).Select(p => $"picture '{p.Picture.Src}' is missing or outside the bank. Fix: correct the path in the item file.").FirstOrDefault();
            if (reason is not null || QtiItemWriter.Write(item) is not { } qti)
            {
                skipped.Add(new QtiSkippedItem(item.Id, typeName, reason ?? "not expressible in QTI"));
                continue;
            }

            var href = Path.ChangeExtension(ItemPath(item), ".xml");
            Add(zip, href, Serialise(qti.Document, indent: false));
            var resource = new XElement(Cp + "resource",
                new XAttribute("identifier", item.Id), new XAttribute("type", QtiNames.ItemResourceType), new XAttribute("href", href),
                new XElement(Cp + "metadata",
                    new XElement(Cp + "schema", "QTI Item"), new XElement(Cp + "schemaversion", "3.0.0"),
                    QtiMetadata.Write(item)),
                new XElement(Cp + "file", new XAttribute("href", href)));
            foreach (var (_, path) in pictures)
            {
                resource.Add(new XElement(Cp + "file", new XAttribute("href", path!)));
                if (written.Add(path!))
                {
                    Add(zip, path!, File.ReadAllBytes(Path.Combine(root, path!)));
                }
            }

            resources.Add(resource);
            exported.Add(new QtiExportedItem(item.Id, typeName, href, qti.Notes));
        }

        var manifest = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Cp + "manifest",
                new XAttribute("identifier", "evalnumerique-itembank"),
                new XElement(Cp + "metadata", new XElement(Cp + "schema", "QTI Package"), new XElement(Cp + "schemaversion", "3.0.0")),
                new XElement(Cp + "organizations"),
                resources));
        Add(zip, "imsmanifest.xml", Serialise(manifest, indent: true));
        return new QtiExportReport(exported, skipped);
    }

    /// <summary>
    /// The XML text of a document: UTF-8 without BOM, <c>\n</c> line ends. Item documents are laid out by
    /// <see cref="QtiLayout"/> instead of <paramref name="indent"/>, which would add spaces inside mixed body content.
    /// </summary>
    public static byte[] Serialise(XDocument document, bool indent)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = indent, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        var bytes = stream.ToArray();
        if (indent)
        {
            return bytes;
        }

        // Without indentation the declaration and the root share a line; one line end keeps the file readable.
        var text = Encoding.UTF8.GetString(bytes);
        var end = text.IndexOf("?>", StringComparison.Ordinal);
        return end < 0 ? bytes : Encoding.UTF8.GetBytes(text[..(end + 2)] + "\n" + text[(end + 2)..]);
    }

    private static IEnumerable<Picture> Pictures(Item item)
    {
        if (item.Image is not null)
        {
            yield return item.Image;
        }

        var choices = item.Content switch
        {
            SingleChoiceContent s => s.Choices,
            MultipleChoiceContent m => m.Choices,
            OrderingContent o => o.Choices,
            _ => [],
        };
        foreach (var choice in choices.Where(c => c.Image is not null))
        {
            yield return choice.Image!;
        }

        if (item.Content is HotspotContent hotspot && hotspot.Image != item.Image)
        {
            yield return hotspot.Image;
        }
    }

    private static string ItemPath(Item item) => Writing.ItemFileWriter.RelativePath(item);

    /// <summary>The picture's path in the package (as in the bank), or <see langword="null"/> when it leaves the bank.</summary>
    private static string? PackagePath(Item item, string src)
    {
        var segments = new List<string>(Path.GetDirectoryName(ItemPath(item))!.Replace('\\', '/').Split('/'));
        foreach (var segment in src.Replace('\\', '/').Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or ""))
            {
                segments.Add(segment);
            }
        }

        return src.Contains(':', StringComparison.Ordinal) || src.StartsWith('/') ? null : string.Join('/', segments);
    }

    private static void Add(ZipArchive zip, string path, byte[] bytes)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        stream.Write(bytes);
    }
}
