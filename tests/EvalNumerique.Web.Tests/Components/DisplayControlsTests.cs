using Bunit;
using EvalNumerique.Web.Components.Shared;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

public sealed class DisplayControlsTests : ComponentTest
{
    [Fact]
    public void Bigger_text_and_contrast_are_saved_in_the_browser()
    {
        Context.JSInterop.Setup<DisplayControls.Preferences>("evalnum.prefs.get").SetResult(new DisplayControls.Preferences());
        var cut = Context.Render<DisplayControls>();

        cut.FindAll("button")[1].Click(); // A+
        var saved = (DisplayControls.Preferences)Context.JSInterop.Invocations.Last(i => i.Identifier == "evalnum.prefs.set").Arguments[0]!;
        Assert.Equal("large", saved.TextSize);

        cut.FindAll("button")[2].Click(); // contrast
        saved = (DisplayControls.Preferences)Context.JSInterop.Invocations.Last(i => i.Identifier == "evalnum.prefs.set").Arguments[0]!;
        Assert.True(saved.Contrast);
        Assert.Equal("large", saved.TextSize);
        Assert.Equal("true", cut.FindAll("button")[2].GetAttribute("aria-pressed"));
    }
}
