using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Items;

public sealed class OrderingItemTests : ItemViewTestContext
{
    // An item whose steps are not shown in the right order (all real ones, but the test must not depend on it).
    private static Item Shuffled => RealBank.Items.First(i => i.Content is OrderingContent c
        && !c.Choices.Select(x => x.Id).SequenceEqual(c.Answer));

    [Fact]
    public void Moving_the_steps_into_the_right_order_then_valider_is_scored_right()
    {
        var item = Shuffled;
        var view = Show(item);

        view.PutInOrder(((OrderingContent)item.Content).Answer);
        Validate(view);

        Assert.True(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Valider_on_the_order_shown_is_scored_wrong()
    {
        var item = Shuffled;
        var view = Show(item);

        Validate(view);

        Assert.Equal(((OrderingContent)item.Content).Choices.Select(c => c.Id), Answer.Chosen);
        Assert.False(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Descendre_moves_a_step_one_place_down_and_says_so()
    {
        var item = Shuffled;
        var first = ((OrderingContent)item.Content).Choices[0];
        var view = Show(item);

        view.Find($"li[data-step='{first.Id}'] button.move.down").Click();

        Assert.Equal(first.Id, view.StepOrder()[1]);
        Assert.Contains(first.Text, view.Find("[aria-live]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_arrow_says_which_step_it_moves_and_the_ends_have_only_one_arrow()
    {
        var item = Shuffled;
        var steps = ((OrderingContent)item.Content).Choices;
        var view = Show(item);

        Assert.All(view.FindAll("button.move"), b => Assert.False(string.IsNullOrWhiteSpace(b.GetAttribute("aria-label"))));
        Assert.Empty(view.FindAll($"li[data-step='{steps[0].Id}'] button.move.up"));
        Assert.Empty(view.FindAll($"li[data-step='{steps[^1].Id}'] button.move.down"));
        Assert.Equal(2 * (steps.Count - 1), view.FindAll("button.move").Count);
    }
}
