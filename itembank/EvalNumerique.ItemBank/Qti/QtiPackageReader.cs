using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Framework;
using EvalNumerique.ItemBank.Importing;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>
/// Reads a QTI 3.0 content package (zip with <c>imsmanifest.xml</c>) into items: every resource of type
/// <c>imsqti_item_xmlv3p0</c>, with the bank's metadata of its manifest entry. Other resource types are reported.
/// Pictures stay in the package: the items keep their relative paths (the export mirrors the bank's layout), and
/// <see cref="ItemImport"/> brings the files in. XML is read without DTDs and within <see cref="ImportLimits"/>.
/// </summary>
public static class QtiPackageReader
{
    private static readonly XNamespace Cp = QtiNames.ContentPackage;

    /// <summary>Reads the package at <paramref name="zipPath"/>; competence ids are checked against <paramref name="framework"/> when given.</summary>
    public static QtiImportResult Read(string zipPath, CompetenceFramework? framework, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        var problems = new List<Diagnostic>();
        var entries = ImportSource.Read(zipPath, limits ?? ImportLimits.Default, problems)
            .Where(e => e.Bytes is not null)
            .GroupBy(e => e.Name.Replace('\\', '/'), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Bytes!, StringComparer.Ordinal);
        if (problems.Count > 0)
        {
            return new QtiImportResult([], problems);
        }

        if (!entries.TryGetValue("imsmanifest.xml", out var manifestBytes) || Parse(manifestBytes, "imsmanifest.xml", problems) is not { } manifest)
        {
            if (problems.Count == 0)
            {
                problems.Add(new Diagnostic("imsmanifest.xml", 1, DiagnosticSeverity.Error, RuleIds.Qti,
                    "the package has no imsmanifest.xml at its root. Fix: give a QTI content package (the zip an export produces)."));
            }

            return new QtiImportResult([], problems);
        }

        var items = new List<Item>();
        var diagnostics = new List<Diagnostic>();
        foreach (var resource in manifest.Descendants(Cp + "resource"))
        {
            var type = (string?)resource.Attribute("type");
            var href = (string?)resource.Attribute("href");
            if (type != QtiNames.ItemResourceType)
            {
                diagnostics.Add(At(resource, DiagnosticSeverity.Warning, $"resource '{(string?)resource.Attribute("identifier")}' of type '{type}' is not a QTI 3.0 item and is ignored. Fix: nothing if it is not an item (tests and stimuli are not imported)."));
                continue;
            }

            if (href is null || !entries.TryGetValue(href, out var bytes))
            {
                diagnostics.Add(At(resource, DiagnosticSeverity.Error, $"resource '{(string?)resource.Attribute("identifier")}' points to '{href}', which is not in the package. Fix: add the file or correct href."));
                continue;
            }

            if (Parse(bytes, href, diagnostics) is not { } document)
            {
                continue;
            }

            var read = QtiItemReader.Read(document, resource.Element(Cp + "metadata"), href, framework);
            items.AddRange(read.Items);
            diagnostics.AddRange(read.Diagnostics);
        }

        return new QtiImportResult(items, diagnostics);
    }

    private static XDocument? Parse(byte[] bytes, string path, List<Diagnostic> diagnostics)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            diagnostics.Add(new Diagnostic(path, Math.Max(e.LineNumber, 1), DiagnosticSeverity.Error, RuleIds.Qti,
                $"the XML is not well-formed ({e.Message}). Fix: correct the file, or export it again."));
            return null;
        }
    }

    private static Diagnostic At(XElement element, DiagnosticSeverity severity, string message) =>
        new("imsmanifest.xml", element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1, severity, RuleIds.Qti, message);
}
