using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Features.Mediation.Results;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Results;

public sealed class AnswerTextTests
{
    [Fact]
    public void A_choice_is_shown_by_its_label()
    {
        var item = RealBank.FirstOf(ItemType.SingleChoice);
        var content = (SingleChoiceContent)item.Content;
        var chosen = content.Choices[^1];

        Assert.Equal(chosen.Text, AnswerText.Describe(item, Response.Choose(chosen.Id), "fr"));
    }

    [Fact]
    public void An_ordering_is_shown_in_the_order_the_person_gave()
    {
        var item = RealBank.FirstOf(ItemType.Ordering);
        var content = (OrderingContent)item.Content;
        string[] given = [.. content.Answer.Reverse()];

        string text = AnswerText.Describe(item, Response.Order(given), "fr");

        Assert.Equal(string.Join(" → ", given.Select(id => content.Choices.Single(c => c.Id == id).Text)), text);
    }

    [Fact]
    public void A_hotspot_is_shown_by_the_region_label_and_typed_text_in_french_quotes()
    {
        var hotspot = RealBank.FirstOf(ItemType.Hotspot);
        var region = ((HotspotContent)hotspot.Content).Regions[0];
        Assert.Equal(region.Label, AnswerText.Describe(hotspot, Response.TapRegion(region.Id), "fr"));

        var entry = RealBank.FirstOf(ItemType.TextEntry);
        Assert.Equal("«\u00A0bonjour\u00A0»", AnswerText.Describe(entry, Response.Typed("bonjour"), "fr"));
        Assert.Equal("“bonjour”", AnswerText.Describe(entry, Response.Typed("bonjour"), "en"));
    }

    [Fact]
    public void A_simulation_shows_the_fields_filled_and_the_elements_tapped()
    {
        var item = RealBank.FirstSimulation(s => s.Answer is FieldsAnswer);
        var screen = ((SimulationContent)item.Content).Screen;
        var answer = (FieldsAnswer)((SimulationContent)item.Content).Answer;
        var field = answer.Fields.First();

        string text = AnswerText.Describe(item, Response.Fill(new Dictionary<string, string> { [field.Key] = "42" }, answer.Submit), "fr");

        var element = screen.Find(field.Key)!;
        Assert.Contains($"{element.Label ?? element.Text ?? field.Key} = «\u00A042\u00A0»", text, StringComparison.Ordinal);
        Assert.EndsWith(screen.Find(answer.Submit)!.Text!, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Yes_no_and_dont_know_are_left_to_the_page()
    {
        var item = RealBank.FirstOf(ItemType.YesNo);
        Assert.Equal("", AnswerText.Describe(item, Response.YesNo(true), "fr"));
        Assert.True(AnswerText.SaidYes(item, Response.YesNo(true)));
        Assert.False(AnswerText.SaidYes(item, Response.YesNo(false)));
        Assert.Null(AnswerText.SaidYes(item, Response.DontKnow));
        Assert.Equal("", AnswerText.Describe(RealBank.FirstOf(ItemType.SingleChoice), Response.DontKnow, "fr"));
    }

    [Fact]
    public void The_stem_is_its_first_line_without_markdown()
    {
        Assert.Equal("Touchez la bonne application.", StemText.FirstLine("\n**Touchez la bonne _application_.**\n\nSuite."));
        Assert.Equal("Voir le site", StemText.FirstLine("![photo](images/a.svg) Voir [le site](https://example.org)"));
        string longStem = new('a', 300);
        Assert.Equal(StemText.MaxLength, StemText.FirstLine(longStem).Length);
        Assert.EndsWith("…", StemText.FirstLine(longStem), StringComparison.Ordinal);
    }
}
