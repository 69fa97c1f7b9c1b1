using Bunit;
using EvalNumerique.Web.Components.Shared;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

public sealed class ListenButtonTests : ComponentTest
{
    [Fact]
    public void Ecouter_reads_the_text_in_french_with_the_browser_voice()
    {
        var cut = Context.Render<ListenButton>(p => p.Add(x => x.Text, "Bonjour. Touchez le soleil."));
        Assert.Contains("Écouter", cut.Find("button").TextContent, StringComparison.Ordinal);
        cut.Find("button").Click();
        var call = Context.JSInterop.Invocations.Single(i => i.Identifier == "evalnum.speech.read");
        Assert.Equal("Bonjour. Touchez le soleil.", call.Arguments[0]);
        Assert.Null(call.Arguments[1]);
        Assert.Equal("fr-FR", call.Arguments[2]);
    }

    [Fact]
    public void A_recorded_file_is_played_when_the_item_has_one()
    {
        var cut = Context.Render<ListenButton>(p => p.Add(x => x.Text, "Texte").Add(x => x.AudioUrl, "/bank/items/a.mp3"));
        cut.Find("button").Click();
        Assert.Equal("/bank/items/a.mp3", Context.JSInterop.Invocations.Single(i => i.Identifier == "evalnum.speech.read").Arguments[1]);
    }

    [Fact]
    public void Automatic_reading_is_asked_once_when_shown()
    {
        Context.Render<ListenButton>(p => p.Add(x => x.Text, "Question"));
        Assert.Single(Context.JSInterop.Invocations, i => i.Identifier == "evalnum.speech.autoRead");
    }
}
