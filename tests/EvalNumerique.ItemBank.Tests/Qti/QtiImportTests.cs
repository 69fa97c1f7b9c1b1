using System.Text.RegularExpressions;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Qti;
using EvalNumerique.ItemBank.Rendering;
using EvalNumerique.ItemBank.Tests.Support;

namespace EvalNumerique.ItemBank.Tests.Qti;

public sealed partial class QtiImportTests : IDisposable
{
    private readonly QtiPackage _package = new(ItemBankLoader.Load(RepoRoot.ItemBank));

    public void Dispose() => _package.Dispose();

    [Fact]
    public void Every_exported_item_comes_back_equal_to_the_original_without_any_diagnostic()
    {
        var result = QtiPackageReader.Read(_package.Path, _package.Bank.Framework);

        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        Assert.Equal(_package.Report.Exported.Count, result.Items.Count);
        foreach (var item in result.Items)
        {
            var original = _package.Bank.FindItem(item.Id)!;
            var differences = ItemDifferences.Between(original, item);
            Assert.True(differences.Count == 0, $"{item.Id} differs in {string.Join(", ", differences)}");
            Assert.Equal(original.SourcePath, item.SourcePath);
        }
    }

    [Fact]
    public void Without_the_kept_markdown_the_stem_is_rebuilt_from_the_xhtml_and_renders_the_same()
    {
        var path = _package.WithManifest(m => m.Descendants(QtiNames.Extension + "stem-markdown").Remove());
        try
        {
            var result = QtiPackageReader.Read(path, _package.Bank.Framework);

            Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
            foreach (var item in result.Items)
            {
                var original = _package.Bank.FindItem(item.Id)!;
                Assert.Equal(Rendered(original.Stem), Rendered(item.Stem));
                Assert.Equal(["Stem"], ItemDifferences.Between(original, item).DefaultIfEmpty("Stem").Distinct());
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_edit_of_the_body_in_another_tool_wins_over_the_kept_markdown()
    {
        var item = _package.Bank.FindItem("safety-passwords-001")!;
        var document = _package.Document(_package.Report.Exported.Single(e => e.Id == item.Id).Href);
        document.Root!.Element(QtiNames.Qti + "qti-item-body")!.Elements(QtiNames.Qti + "p").First().Value = "Un conseiller de la banque vous appelle.";
        var metadata = _package.Document("imsmanifest.xml").Descendants(QtiNames.ContentPackage + "resource")
            .Single(r => (string?)r.Attribute("identifier") == item.Id).Element(QtiNames.ContentPackage + "metadata");

        var result = QtiItemReader.Read(document, metadata, "item.xml", _package.Bank.Framework);

        Assert.StartsWith("Un conseiller de la banque vous appelle.", Assert.Single(result.Items).Stem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_metadata_is_an_error_that_says_what_to_add()
    {
        var item = _package.Report.Exported[0];
        var document = _package.Document(item.Href);

        var result = QtiItemReader.Read(document, null, item.Href, _package.Bank.Framework);

        Assert.Empty(result.Items);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("competence", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: add", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_competence_is_reported_against_the_framework()
    {
        var path = _package.WithManifest(m => m.Descendants(QtiNames.Extension + "item").First().SetAttributeValue("competence", "safety.unknown"));
        try
        {
            var result = QtiPackageReader.Read(path, _package.Bank.Framework);

            Assert.Equal(_package.Report.Exported.Count - 1, result.Items.Count);
            Assert.Contains(result.Diagnostics, d => d.IsError && d.Message.Contains("'safety.unknown' is not in framework.yaml", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unsupported_interactions_and_elements_are_reported_by_name_and_line()
    {
        const string Xml = """
            <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="essay" title="t" adaptive="false" time-dependent="false">
              <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>
              <qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
              <qti-item-body>
                <p>Racontez.</p>
                <qti-extended-text-interaction response-identifier="RESPONSE"/>
              </qti-item-body>
              <qti-modal-feedback outcome-identifier="FEEDBACK" identifier="f" show-hide="show">Merci</qti-modal-feedback>
            </qti-assessment-item>
            """;
        var document = XDocument.Parse(Xml, LoadOptions.SetLineInfo);

        var result = QtiItemReader.Read(document, null, "essay.xml", null);

        Assert.Empty(result.Items);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Line == 6 && d.Message.StartsWith("qti-extended-text-interaction", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Line == 8 && d.Message.Contains("'qti-modal-feedback'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => !d.IsError && d.Message.Contains("response processing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_qti_2_item_is_refused_with_a_fix()
    {
        var document = XDocument.Parse("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"x\"/>");

        var result = QtiItemReader.Read(document, null, "old.xml", null);

        Assert.Contains("QTI 2.x items must be converted first", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_without_manifest_is_a_diagnostic_not_an_exception()
    {
        var path = _package.Without("imsmanifest.xml");
        try
        {
            var result = QtiPackageReader.Read(path, _package.Bank.Framework);

            Assert.Empty(result.Items);
            Assert.Contains("no imsmanifest.xml", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Rendered(string markdown) =>
        Whitespace().Replace(MarkdownRenderer.ToHtml(markdown), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
