using Bunit;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

public sealed class NeedsStepTests : ComponentTest
{
    [Fact]
    public void Chosen_pictograms_and_equipment_answers_are_given_back_when_the_person_continues()
    {
        NeedsStep.Answers? given = null;
        var cut = Context.Render<NeedsStep>(p => p.Add(x => x.OnDone, a => given = a));

        cut.FindAll("button.need").First(b => b.TextContent.Contains("Ma santé", StringComparison.Ordinal)).Click();
        cut.FindAll("button.need").First(b => b.TextContent.Contains("Mes impôts", StringComparison.Ordinal)).Click();
        cut.FindAll("button.need").First(b => b.TextContent.Contains("Mes impôts", StringComparison.Ordinal)).Click(); // changed their mind
        cut.FindAll(".equipment-question")[0].QuerySelectorAll("button")[0].Click(); // smartphone: Oui
        cut.FindAll(".equipment-question")[2].QuerySelectorAll("button")[1].Click(); // internet: Non
        cut.FindAll("button.big-button")[^1].Click();

        Assert.NotNull(given);
        Assert.Equal(["health"], given.Needs);
        Assert.Equal("yes", given.Equipment["smartphone"]);
        Assert.Equal("no", given.Equipment["internet"]);
        Assert.False(given.Equipment.ContainsKey("computer"));
    }

    [Fact]
    public void A_chosen_pictogram_says_so_to_screen_readers()
    {
        var cut = Context.Render<NeedsStep>();
        var family = cut.FindAll("button.need").First(b => b.TextContent.Contains("famille", StringComparison.Ordinal));
        Assert.Equal("false", family.GetAttribute("aria-pressed"));
        family.Click();
        Assert.Equal("true", cut.FindAll("button.need").First(b => b.TextContent.Contains("famille", StringComparison.Ordinal)).GetAttribute("aria-pressed"));
    }

    [Fact]
    public void The_needs_can_be_heard()
    {
        var cut = Context.Render<NeedsStep>();
        Assert.NotEmpty(cut.FindAll("button.listen-button"));
    }
}
