using System.Xml.Linq;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Qti;
using EvalNumerique.ItemBank.Tests.Support;

namespace EvalNumerique.ItemBank.Tests.Qti;

public sealed class QtiExportTests : IDisposable
{
    private static readonly XNamespace Q = QtiNames.Qti;
    private static readonly XNamespace Cp = QtiNames.ContentPackage;
    private readonly QtiPackage _package = new(ItemBankLoader.Load(RepoRoot.ItemBank));

    public void Dispose() => _package.Dispose();

    [Fact]
    public void Every_mappable_item_is_exported_and_every_simulation_is_reported_with_its_reason()
    {
        var bank = _package.Bank;
        var report = _package.Report;

        Assert.Equal(bank.Items.Count(i => i.Type != ItemType.Simulation), report.Exported.Count);
        Assert.Equal(bank.Items.Count(i => i.Type == ItemType.Simulation), report.NotExported.Count);
        Assert.All(report.NotExported, s =>
        {
            Assert.Equal("simulation", s.Type);
            Assert.Contains("QTI 3.0 has no interaction", s.Reason, StringComparison.Ordinal);
        });
        Assert.Equal(bank.Items.Count, report.Exported.Count + report.NotExported.Count);
        Assert.All(report.Exported.Where(e => e.Type != "text-entry"), e => Assert.Empty(e.Notes));
    }

    [Fact]
    public void Item_documents_use_the_qti_3_namespace_and_the_required_attributes()
    {
        foreach (var exported in _package.Report.Exported)
        {
            var root = _package.Document(exported.Href).Root!;

            Assert.Equal(Q + "qti-assessment-item", root.Name);
            Assert.Equal(exported.Id, (string?)root.Attribute("identifier"));
            Assert.False(string.IsNullOrWhiteSpace((string?)root.Attribute("title")));
            Assert.Equal("false", (string?)root.Attribute("adaptive"));
            Assert.Equal("false", (string?)root.Attribute("time-dependent"));
            Assert.Equal("fr", (string?)root.Attribute(XNamespace.Xml + "lang"));
            Assert.Equal(
                ["qti-response-declaration", "qti-outcome-declaration", "qti-item-body", "qti-response-processing"],
                root.Elements().Select(e => e.Name.LocalName));
            var score = root.Element(Q + "qti-outcome-declaration")!;
            Assert.Equal("SCORE", (string?)score.Attribute("identifier"));
            Assert.Equal("float", (string?)score.Attribute("base-type"));
            Assert.Contains((string?)root.Element(Q + "qti-response-processing")!.Attribute("template"), new[] { QtiNames.MatchCorrect, QtiNames.MapResponse });
        }
    }

    [Fact]
    public void Only_element_and_attribute_names_of_the_specification_are_written()
    {
        foreach (var exported in _package.Report.Exported)
        {
            foreach (var element in _package.Document(exported.Href).Root!.DescendantsAndSelf())
            {
                Assert.Equal(Q, element.Name.Namespace);
                Assert.Contains(element.Name.LocalName, QtiVocabulary.Elements);
                var allowed = QtiVocabulary.Attributes.GetValueOrDefault(element.Name.LocalName, []);
                Assert.All(element.Attributes().Where(a => !a.IsNamespaceDeclaration), a => Assert.Contains(a.Name.LocalName, allowed));
            }
        }
    }

    [Theory]
    [InlineData(ItemType.SingleChoice, "qti-choice-interaction", "single", "1")]
    [InlineData(ItemType.YesNo, "qti-choice-interaction", "single", "1")]
    [InlineData(ItemType.MultipleChoice, "qti-choice-interaction", "multiple", "0")]
    [InlineData(ItemType.Ordering, "qti-order-interaction", "ordered", null)]
    [InlineData(ItemType.Hotspot, "qti-hotspot-interaction", "single", "1")]
    [InlineData(ItemType.TextEntry, "qti-text-entry-interaction", "single", null)]
    public void Each_type_maps_to_its_interaction_and_cardinality(ItemType type, string interaction, string cardinality, string? maxChoices)
    {
        foreach (var item in _package.Bank.Items.Where(i => i.Type == type))
        {
            var root = _package.Document(_package.Report.Exported.Single(e => e.Id == item.Id).Href).Root!;
            var found = Assert.Single(root.Descendants(), e => e.Name.LocalName.EndsWith("-interaction", StringComparison.Ordinal));

            Assert.Equal(interaction, found.Name.LocalName);
            Assert.Equal("RESPONSE", (string?)found.Attribute("response-identifier"));
            Assert.Equal(maxChoices, (string?)found.Attribute("max-choices"));
            Assert.Equal(cardinality, (string?)root.Element(Q + "qti-response-declaration")!.Attribute("cardinality"));
        }
    }

    [Fact]
    public void Hotspot_regions_become_rectangles_in_image_units_over_the_picture()
    {
        var item = _package.Bank.FindItem("safety-passwords-003")!;
        var root = _package.Document(_package.Report.Exported.Single(e => e.Id == item.Id).Href).Root!;
        var interaction = root.Descendants(Q + "qti-hotspot-interaction").Single();

        var img = interaction.Element(Q + "img")!;
        Assert.Equal("images/bureau-postit.svg", (string?)img.Attribute("src"));
        Assert.Equal("400", (string?)img.Attribute("width"));
        var postit = interaction.Elements(Q + "qti-hotspot-choice").First();
        Assert.Equal("postit", (string?)postit.Attribute("identifier"));
        Assert.Equal("rect", (string?)postit.Attribute("shape"));
        Assert.Equal("214,88,326,184", (string?)postit.Attribute("coords"));
        Assert.Equal("Le papier jaune avec le mot de passe", (string?)postit.Attribute("hotspot-label"));
    }

    [Fact]
    public void Several_accepted_answers_or_ignored_case_become_a_mapping_and_lost_rules_are_reported()
    {
        var item = _package.Bank.FindItem("safety-passwords-010")!;
        var exported = _package.Report.Exported.Single(e => e.Id == item.Id);
        var declaration = _package.Document(exported.Href).Root!.Element(Q + "qti-response-declaration")!;

        Assert.Equal("string", (string?)declaration.Attribute("base-type"));
        Assert.Equal("M2CTePds1FR!", declaration.Element(Q + "qti-correct-response")!.Element(Q + "qti-value")!.Value);
        Assert.Contains(exported.Notes, n => n.Contains("normalise [trim, spaces]", StringComparison.Ordinal));
        foreach (var textEntry in _package.Bank.Items.Where(i => i.Content is TextEntryContent t && (t.Answer.Accept.Count > 1 || t.Answer.Normalise.Contains(NormaliseRule.Case))))
        {
            var entries = _package.Document(_package.Report.Exported.Single(e => e.Id == textEntry.Id).Href).Descendants(Q + "qti-map-entry").ToList();
            Assert.Equal(((TextEntryContent)textEntry.Content).Answer.Accept.Distinct().Count(), entries.Count);
        }
    }

    [Fact]
    public void The_manifest_lists_one_qti_item_resource_per_item_with_its_files_and_the_bank_metadata()
    {
        var manifest = _package.Document("imsmanifest.xml").Root!;
        var resources = manifest.Descendants(Cp + "resource").ToList();

        Assert.Equal(Cp + "manifest", manifest.Name);
        Assert.Equal(_package.Report.Exported.Count, resources.Count);
        foreach (var resource in resources)
        {
            Assert.Equal(QtiNames.ItemResourceType, (string?)resource.Attribute("type"));
            Assert.All(resource.Elements(Cp + "file"), f => Assert.True(_package.Entries.ContainsKey((string)f.Attribute("href")!), (string?)f.Attribute("href")));
            var meta = resource.Descendants(QtiNames.Extension + "item").Single();
            var item = _package.Bank.FindItem((string)resource.Attribute("identifier")!)!;
            Assert.Equal(item.Competence, (string?)meta.Attribute("competence"));
            Assert.Equal(item.Feedback, (string?)meta.Element(QtiNames.Extension + "feedback"));
            Assert.Equal(item.Audio, (string?)meta.Element(QtiNames.Extension + "audio"));
        }
    }

    [Fact]
    public void Every_picture_an_item_shows_is_in_the_package_beside_it()
    {
        foreach (var exported in _package.Report.Exported)
        {
            var folder = exported.Href[..exported.Href.LastIndexOf('/')];
            foreach (var img in _package.Document(exported.Href).Descendants(Q + "img"))
            {
                Assert.True(_package.Entries.ContainsKey(folder + "/" + (string)img.Attribute("src")!), $"{exported.Id}: {(string?)img.Attribute("src")}");
            }
        }
    }

    [Fact]
    public void The_stem_is_xhtml_from_the_safe_markdown_pipeline()
    {
        var item = _package.Bank.FindItem("safety-passwords-010")!;
        var body = _package.Document(_package.Report.Exported.Single(e => e.Id == item.Id).Href).Root!.Element(Q + "qti-item-body")!;

        Assert.Contains(body.Descendants(Q + "strong"), s => s.Value == "LCa4p!");
        Assert.Equal(Q + "p", body.Elements().First().Name);
    }
}
