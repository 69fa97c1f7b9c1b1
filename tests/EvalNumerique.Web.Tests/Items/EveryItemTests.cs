using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Check.Items;
using EvalNumerique.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Items;

public sealed class EveryItemTests : ItemViewTestContext
{
    public static TheoryData<string> OnePerType => RealBank.OnePerType();

    [Theory]
    [MemberData(nameof(OnePerType))]
    public void Je_ne_sais_pas_answers_dont_know_on_every_type(string id)
    {
        var view = Show(RealBank.Get(id));

        view.Find("button.dont-know").Click();

        Assert.Same(Response.DontKnow, Answer);
    }

    [Theory]
    [MemberData(nameof(OnePerType))]
    public void Ecouter_is_offered_on_every_type(string id)
    {
        var view = Show(RealBank.Get(id));

        Assert.Single(view.FindAll("button.listen-button"));
    }

    [Theory]
    [MemberData(nameof(OnePerType))]
    public void Je_ne_sais_pas_after_touching_an_answer_still_answers_dont_know(string id)
    {
        var item = RealBank.Get(id);
        var view = Show(item);

        view.DoTheRightThing(item);
        Answers.Clear(); // a form's own send button may already have answered
        view.Find("button.dont-know").Click();

        Assert.Same(Response.DontKnow, Answer);
    }

    [Fact]
    public void Every_item_of_the_bank_renders_with_its_stem_dont_know_and_one_way_to_confirm()
    {
        Assert.NotEmpty(RealBank.Items);
        foreach (var item in RealBank.Items)
        {
            var view = Show(item);

            Assert.NotEmpty(view.Find(".item-stem").InnerHtml);
            Assert.Single(view.FindAll("button.dont-know"));
            var sentByItsOwnButton = item.Content is SimulationContent { Answer: FieldsAnswer };
            Assert.Equal(sentByItsOwnButton ? 0 : 1, view.FindAll("button.validate").Count);
        }
    }

    [Fact]
    public void Every_item_of_the_bank_can_be_answered_right_by_touching_and_typing()
    {
        var wrong = new List<string>();
        foreach (var item in RealBank.Items)
        {
            Answers.Clear();
            var view = Show(item);

            view.DoTheRightThing(item);
            if (item.Content is SimulationContent { Answer: FieldsAnswer fields }) view.TapElement(fields.Submit);
            else Validate(view);

            if (Answers.Count != 1 || !ResponseScorer.Score(item, Answers[0])) wrong.Add(item.Id);
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_picture_of_every_item_has_alt_text()
    {
        var missing = new List<string>();
        foreach (var item in RealBank.Items)
        {
            var view = Show(item);
            missing.AddRange(view.FindAll("img")
                .Where(img => string.IsNullOrWhiteSpace(img.GetAttribute("alt")))
                .Select(img => $"{item.Id}: {img.GetAttribute("src")}"));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_button_of_every_item_has_a_name_and_is_a_plain_button()
    {
        var bad = new List<string>();
        foreach (var item in RealBank.Items)
        {
            var view = Show(item);
            bad.AddRange(view.FindAll("button")
                .Where(b => b.GetAttribute("type") != "button"
                    || (string.IsNullOrWhiteSpace(b.TextContent) && string.IsNullOrWhiteSpace(b.GetAttribute("aria-label"))
                        && !b.QuerySelectorAll("img").Any(img => !string.IsNullOrWhiteSpace(img.GetAttribute("alt")))))
                .Select(b => $"{item.Id}: {b.OuterHtml[..Math.Min(80, b.OuterHtml.Length)]}"));
        }

        Assert.Empty(bad);
    }

    [Fact]
    public void No_two_controls_of_a_question_share_an_id()
    {
        foreach (var item in RealBank.Items)
        {
            var ids = Show(item).FindAll("[id]").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Every_icon_name_of_the_format_has_a_drawing()
    {
        Assert.Empty(Icons.All.Except(SimIcons.Names));
    }

    [Fact]
    public void The_practice_item_built_in_code_can_be_answered()
    {
        var item = PracticeItem.Create(Services.GetRequiredService<IStringLocalizer<UiText>>());
        var view = Show(item, practice: true);

        view.TapChoice("sun");
        Validate(view);

        Assert.True(ResponseScorer.Score(item, Answer));
        Assert.NotNull(view.Find(".answer-help"));
    }

    [Fact]
    public void A_new_item_starts_with_nothing_chosen()
    {
        var first = RealBank.FirstOf(ItemType.SingleChoice);
        var second = RealBank.Items.Where(i => i.Type == ItemType.SingleChoice).Skip(1).First();
        var view = Show(first);
        view.TapChoice(((SingleChoiceContent)first.Content).Answer);

        view.Render(p => p.Add(x => x.Item, second));

        Assert.Empty(view.FindAll("[aria-pressed='true']"));
    }
}
