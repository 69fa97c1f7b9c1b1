using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Items;

public sealed class HotspotItemTests : ItemViewTestContext
{
    [Fact]
    public void Touching_the_right_place_then_valider_is_scored_right()
    {
        var item = RealBank.FirstOf(ItemType.Hotspot);
        var view = Show(item);

        view.TapRegion(((HotspotContent)item.Content).Answer[0]);
        Validate(view);

        Assert.True(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Touching_another_place_then_valider_is_scored_wrong()
    {
        var item = RealBank.FirstOf(ItemType.Hotspot);
        var content = (HotspotContent)item.Content;
        var view = Show(item);

        view.TapRegion(content.Regions.First(r => !content.Answer.Contains(r.Id)).Id);
        Validate(view);

        Assert.False(ResponseScorer.Score(item, Answer));
    }

    [Fact]
    public void Each_place_is_a_labelled_button_laid_over_the_picture_in_percent()
    {
        var item = RealBank.FirstOf(ItemType.Hotspot);
        var content = (HotspotContent)item.Content;
        var region = content.Regions[0];
        var view = Show(item);

        var button = view.Find($"button[data-region='{region.Id}']");

        Assert.Equal(region.Label, button.GetAttribute("aria-label"));
        var left = 100 * region.X / content.Image.Width!.Value;
        Assert.Contains($"left:{left.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}%", button.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal(content.Image.Alt, view.Find("img.hotspot-picture").GetAttribute("alt"));
    }

    [Fact]
    public void The_hotspot_picture_is_shown_once()
    {
        var item = RealBank.FirstOf(ItemType.Hotspot);

        var view = Show(item);

        Assert.Single(view.FindAll("img"));
    }
}
