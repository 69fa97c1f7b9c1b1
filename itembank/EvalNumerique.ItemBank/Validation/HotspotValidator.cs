using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Validation;

/// <summary>Rules of hotspot items: an image with a size, regions inside it, an answer naming regions.</summary>
internal static class HotspotValidator
{
    public static void Validate(HotspotContent hotspot, FileDiagnostics d)
    {
        var width = hotspot.Image.Width ?? 0;
        var height = hotspot.Image.Height ?? 0;
        if (!(width > 0) || !(height > 0))
        {
            d.Error("image", RuleIds.HotspotRegion,
                "the hotspot image needs a width and a height above 0. Fix: copy them from the SVG's viewBox (e.g. viewBox=\"0 0 400 300\" → width: 400, height: 300).");
        }

        if (hotspot.Regions.Count == 0)
        {
            d.Error("regions", RuleIds.HotspotRegion, "a hotspot item needs at least one region. Fix: add '{ id, label, x, y, w, h }' rectangles.");
        }

        ChoiceValidator.CheckIds(hotspot.Regions.Select(r => r.Id).ToList(), "regions", "region", d);
        for (var i = 0; i < hotspot.Regions.Count; i++)
        {
            var r = hotspot.Regions[i];
            var inside = r.X >= 0 && r.Y >= 0 && r.W > 0 && r.H > 0
                && (!(width > 0) || r.X + r.W <= width) && (!(height > 0) || r.Y + r.H <= height);
            if (!inside)
            {
                d.Error($"regions[{i}]", RuleIds.HotspotRegion,
                    $"region '{r.Id}' (x {r.X}, y {r.Y}, w {r.W}, h {r.H}) is not inside the {width}×{height} image. " +
                    "Fix: use x, y ≥ 0, w, h > 0, x + w ≤ width and y + h ≤ height, in the SVG's viewBox units.");
            }
        }

        if (hotspot.Answer.Count == 0)
        {
            d.Error("answer", RuleIds.Answer, "the answer names no region. Fix: write 'answer: <region id>'.");
        }

        var ids = hotspot.Regions.Select(r => r.Id).ToList();
        for (var i = 0; i < hotspot.Answer.Count; i++)
        {
            if (!ids.Contains(hotspot.Answer[i]))
            {
                d.Error($"answer[{i}]", RuleIds.Answer,
                    $"answer '{hotspot.Answer[i]}' is not one of the regions ({string.Join(", ", ids)}). Fix: set answer to the id of the right region.");
            }
        }
    }
}
