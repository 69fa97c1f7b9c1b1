using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Items;

public sealed class ChoiceItemTests : ItemViewTestContext
{
    [Fact]
    public void Touching_the_right_answer_then_valider_is_scored_right()
    {
        var item = RealBank.FirstOf(ItemType.SingleChoice);
        var view = Show(item);

        view.TapChoice(((SingleChoiceContent)item.Content).Answer);
        Validate(view);

        Assert.True(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Touching_another_answer_then_valider_is_scored_wrong()
    {
        var item = RealBank.FirstOf(ItemType.SingleChoice);
        var content = (SingleChoiceContent)item.Content;
        var view = Show(item);

        view.TapChoice(content.Choices.First(c => c.Id != content.Answer).Id);
        Validate(view);

        Assert.False(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void A_touch_only_selects_and_the_last_touch_counts()
    {
        var item = RealBank.FirstOf(ItemType.SingleChoice);
        var content = (SingleChoiceContent)item.Content;
        var wrong = content.Choices.First(c => c.Id != content.Answer).Id;
        var view = Show(item);

        view.TapChoice(wrong);
        Assert.Empty(Answers);
        Assert.Equal("true", view.Find($"[data-choice='{wrong}']").GetAttribute("aria-pressed"));

        view.TapChoice(content.Answer);
        Validate(view);

        Assert.Equal("false", view.Find($"[data-choice='{wrong}']").GetAttribute("aria-pressed"));
        Assert.Equal([content.Answer], Answer.Chosen);
    }

    [Fact]
    public void Valider_before_choosing_shows_a_kind_hint_and_answers_nothing()
    {
        var view = Show(RealBank.FirstOf(ItemType.SingleChoice));

        Validate(view);

        Assert.Empty(Answers);
        Assert.False(string.IsNullOrWhiteSpace(view.Find(".item-hint").TextContent));
    }

    [Fact]
    public void Ticking_exactly_the_right_answers_is_scored_right()
    {
        var item = RealBank.FirstOf(ItemType.MultipleChoice);
        var view = Show(item);

        foreach (var id in ((MultipleChoiceContent)item.Content).Answer) view.TapChoice(id);
        Validate(view);

        Assert.True(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Touching_a_ticked_answer_again_unticks_it()
    {
        var item = RealBank.FirstOf(ItemType.MultipleChoice);
        var content = (MultipleChoiceContent)item.Content;
        var view = Show(item);

        foreach (var id in content.Answer) view.TapChoice(id);
        view.TapChoice(content.Answer[0]);
        Validate(view);

        Assert.Equal("false", view.Find($"[data-choice='{content.Answer[0]}']").GetAttribute("aria-pressed"));
        Assert.False(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Ticking_a_wrong_answer_too_is_scored_wrong()
    {
        var item = RealBank.FirstOf(ItemType.MultipleChoice);
        var content = (MultipleChoiceContent)item.Content;
        var view = Show(item);

        foreach (var choice in content.Choices) view.TapChoice(choice.Id);
        Validate(view);

        Assert.False(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Touching_the_right_one_of_oui_and_non_is_scored_right()
    {
        var item = RealBank.FirstOf(ItemType.YesNo);
        var view = Show(item);

        view.TapChoice(((YesNoContent)item.Content).Answer ? "yes" : "no");
        Validate(view);

        Assert.True(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Touching_the_other_one_of_oui_and_non_is_scored_wrong()
    {
        var item = RealBank.FirstOf(ItemType.YesNo);
        var view = Show(item);

        view.TapChoice(((YesNoContent)item.Content).Answer ? "no" : "yes");
        Validate(view);

        Assert.False(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Choices_with_pictures_show_them_with_their_alt_text()
    {
        var item = RealBank.Items.First(i => i.Content is SingleChoiceContent c && c.Choices.Any(x => x.Image is not null));
        var choice = ((SingleChoiceContent)item.Content).Choices.First(c => c.Image is not null);

        var view = Show(item);

        var img = view.Find($"[data-choice='{choice.Id}'] img");
        Assert.Equal(choice.Image!.Alt, img.GetAttribute("alt"));
        Assert.StartsWith("/bank/items/", img.GetAttribute("src"), StringComparison.Ordinal);
    }
}
