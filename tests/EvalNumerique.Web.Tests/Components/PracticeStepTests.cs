using Bunit;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

public sealed class PracticeStepTests : ComponentTest
{
    [Fact]
    public void Touching_the_sun_then_valider_says_bravo_and_continuer_moves_on()
    {
        bool done = false;
        var cut = Context.Render<PracticeStep>(p => p.Add(x => x.OnDone, () => done = true));

        cut.FindAll("button").First(b => b.TextContent.Contains("Le soleil", StringComparison.Ordinal)).Click();
        cut.Find("button.validate").Click();

        Assert.Contains("Bravo", cut.Find(".practice-feedback").TextContent, StringComparison.Ordinal);
        cut.FindAll(".practice-feedback button").First(b => b.TextContent.Contains("Continuer", StringComparison.Ordinal)).Click();
        Assert.True(done);
    }

    [Fact]
    public void Another_answer_is_met_kindly_and_can_be_tried_again()
    {
        var cut = Context.Render<PracticeStep>();
        cut.FindAll("button").First(b => b.TextContent.Contains("La lune", StringComparison.Ordinal)).Click();
        cut.Find("button.validate").Click();

        string feedback = cut.Find(".practice-feedback").TextContent;
        Assert.Contains("Ce n'est pas grave", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("faux", feedback, StringComparison.OrdinalIgnoreCase);

        cut.FindAll(".practice-feedback button").First(b => b.TextContent.Contains("Réessayer", StringComparison.Ordinal)).Click();
        Assert.NotEmpty(cut.FindAll("button.validate"));
    }

    [Fact]
    public void Je_ne_sais_pas_is_welcome_in_the_practice_too()
    {
        var cut = Context.Render<PracticeStep>();
        cut.Find("button.dont-know").Click();
        Assert.Contains("Je ne sais pas", cut.Find(".practice-feedback").TextContent, StringComparison.Ordinal);
    }
}
