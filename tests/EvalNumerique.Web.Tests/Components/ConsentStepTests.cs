using Bunit;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

public sealed class ConsentStepTests : ComponentTest
{
    [Fact]
    public void The_question_names_the_structure_and_says_no_is_fine()
    {
        var cut = Context.Render<ConsentStep>(p => p.Add(x => x.StructureName, "CCAS de Ville-Démo"));
        string text = cut.Find("section.consent").TextContent;
        Assert.Contains("CCAS de Ville-Démo veut garder vos réponses dans votre dossier.", text, StringComparison.Ordinal);
        Assert.Contains("Vous pouvez demander d'effacer vos réponses", text, StringComparison.Ordinal);
        Assert.Contains("vous pouvez faire le test quand même", text, StringComparison.Ordinal);
        Assert.Equal(2, cut.FindAll("button.big-button").Count);
    }

    [Theory]
    [InlineData("Oui, je suis d'accord", true)]
    [InlineData("Non, merci", false)]
    public void Each_button_gives_its_answer(string label, bool expected)
    {
        bool? answer = null;
        var cut = Context.Render<ConsentStep>(p => p.Add(x => x.OnAnswer, (bool agree) => answer = agree));
        cut.FindAll("button.big-button").Single(b => b.TextContent.Trim() == label).Click();
        Assert.Equal(expected, answer);
    }

    [Fact]
    public void Without_a_structure_name_it_still_reads_well()
    {
        var cut = Context.Render<ConsentStep>();
        Assert.Contains("La structure qui vous accompagne veut garder", cut.Find("section.consent").TextContent, StringComparison.Ordinal);
    }
}
