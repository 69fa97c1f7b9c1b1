using Bunit;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

public sealed class QuestionStepTests : ComponentTest
{
    private static LoadedBank Bank => RealBank.Loaded;

    [Fact]
    public void A_question_shows_the_path_a_kind_message_and_the_item_and_passes_answers_on()
    {
        var item = Bank.Items.First(i => i.Type == ItemBank.Items.ItemType.YesNo);
        Response? given = null;
        var state = new CheckState(Guid.NewGuid(), "ABC234", CheckStage.Questions, item, 3, []);
        var cut = Context.Render<QuestionStep>(p => p
            .Add(x => x.State, state)
            .Add(x => x.Message, "Encourage2")
            .Add(x => x.OnAnswer, r => given = r));

        Assert.Equal(3, cut.FindAll(".stone.done").Count);
        Assert.Contains("Vous avancez bien", cut.Find(".encouragement").TextContent, StringComparison.Ordinal);
        Assert.Equal(item.Id, cut.Find("[data-item]").GetAttribute("data-item"));

        cut.Find("button.dont-know").Click();
        Assert.True(given?.IsDontKnow);
    }
}
