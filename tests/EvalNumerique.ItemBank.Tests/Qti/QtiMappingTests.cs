using System.Xml.Linq;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Qti;
using EvalNumerique.ItemBank.Tests.Support;

namespace EvalNumerique.ItemBank.Tests.Qti;

/// <summary>The mapping paths, which no real item uses yet: several right regions, several accepted texts.</summary>
public sealed class QtiMappingTests
{
    private static readonly LoadedBank Bank = ItemBankLoader.Load(RepoRoot.ItemBank);

    [Fact]
    public void A_hotspot_with_several_right_regions_round_trips_through_a_mapping()
    {
        var original = Bank.FindItem("safety-passwords-003")!;
        var item = original with { Content = ((HotspotContent)original.Content) with { Answer = ["postit", "screen"] } };

        var qti = QtiItemWriter.Write(item)!;
        var back = RoundTrip(item, qti.Document);

        Assert.Equal(QtiNames.MapResponse, (string?)qti.Document.Root!.Element(QtiNames.Qti + "qti-response-processing")!.Attribute("template"));
        Assert.Empty(ItemDifferences.Between(item, back));
    }

    [Fact]
    public void A_text_entry_with_several_accepted_values_ignoring_case_round_trips_and_reports_the_other_rules()
    {
        var original = Bank.Items.First(i => i.Type == ItemType.TextEntry);
        var content = (TextEntryContent)original.Content;
        var item = original with
        {
            Content = content with { Answer = new TextAnswer(["Paris", "paris 75"], [NormaliseRule.Trim, NormaliseRule.Case]) },
        };

        var qti = QtiItemWriter.Write(item)!;
        var back = RoundTrip(item, qti.Document);

        var entries = qti.Document.Descendants(QtiNames.Qti + "qti-map-entry").ToList();
        Assert.Equal(["Paris", "paris 75"], entries.Select(e => (string?)e.Attribute("map-key")));
        Assert.All(entries, e => Assert.Equal("false", (string?)e.Attribute("case-sensitive")));
        Assert.Contains(qti.Notes, n => n.Contains("normalise [trim]", StringComparison.Ordinal));
        Assert.Empty(ItemDifferences.Between(item, back));
    }

    [Fact]
    public void Without_metadata_a_text_entry_keeps_what_qti_says_case_insensitive_mapping()
    {
        var original = Bank.Items.First(i => i.Type == ItemType.TextEntry);
        var item = original with
        {
            Content = ((TextEntryContent)original.Content) with { Answer = new TextAnswer(["Paris"], [NormaliseRule.Case]) },
        };
        var metadata = QtiMetadata.Write(item);
        metadata.Elements(QtiNames.Extension + "input-kind").Remove();
        metadata.Elements(QtiNames.Extension + "normalise").Remove();

        var result = QtiItemReader.Read(QtiItemWriter.Write(item)!.Document, metadata, "x.xml", Bank.Framework);

        var back = (TextEntryContent)Assert.Single(result.Items).Content;
        Assert.Equal([NormaliseRule.Case], back.Answer.Normalise);
        Assert.Equal("text", back.Input.Kind);
    }

    private static Item RoundTrip(Item item, XDocument document)
    {
        var reparsed = XDocument.Parse(document.ToString(SaveOptions.DisableFormatting), LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        var result = QtiItemReader.Read(reparsed, QtiMetadata.Write(item), "x.xml", Bank.Framework);
        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
        return Assert.Single(result.Items);
    }
}
