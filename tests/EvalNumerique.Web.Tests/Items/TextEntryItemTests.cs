using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Items;

public sealed class TextEntryItemTests : ItemViewTestContext
{
    private static Item OfKind(string kind) => RealBank.Items.First(i => i.Content is TextEntryContent t && t.Input.Kind == kind);

    [Fact]
    public void Typing_an_accepted_answer_then_valider_is_scored_right()
    {
        var item = RealBank.FirstOf(ItemType.TextEntry);
        var view = Show(item);

        view.Type(((TextEntryContent)item.Content).Answer.Accept[0]);
        Validate(view);

        Assert.True(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Typing_something_else_is_scored_wrong()
    {
        var item = RealBank.FirstOf(ItemType.TextEntry);
        var view = Show(item);

        view.Type("bonjour");
        Validate(view);

        Assert.False(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Pressing_enter_in_the_box_answers_too()
    {
        var item = RealBank.FirstOf(ItemType.TextEntry);
        var view = Show(item);

        view.Type(((TextEntryContent)item.Content).Answer.Accept[0]);
        view.Find("form.text-entry").Submit();

        Assert.True(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Valider_on_an_empty_box_answers_nothing()
    {
        var view = Show(RealBank.FirstOf(ItemType.TextEntry));

        view.Type("   ");
        Validate(view);

        Assert.Empty(Answers);
    }

    [Fact]
    public void The_box_has_the_item_label()
    {
        var item = RealBank.FirstOf(ItemType.TextEntry);
        var view = Show(item);

        var input = view.Find("input.text-answer");
        var label = view.Find($"label[for='{input.Id}']");

        Assert.Equal(((TextEntryContent)item.Content).Input.Label, label.TextContent);
    }

    [Fact]
    public void An_email_gets_the_email_keyboard()
    {
        var view = Show(OfKind("email"));

        var input = view.Find("input.text-answer");

        Assert.Equal("email", input.GetAttribute("type"));
        Assert.Equal("email", input.GetAttribute("inputmode"));
    }

    [Fact]
    public void A_number_gets_the_number_keyboard_but_accepts_spaces_and_euros()
    {
        var item = OfKind("number");
        var view = Show(item);

        var input = view.Find("input.text-answer");

        Assert.Equal("text", input.GetAttribute("type"));
        Assert.Equal("numeric", input.GetAttribute("inputmode"));
    }
}
