namespace EvalNumerique.ItemBank.Items;

/// <summary>A hotspot item: tap the right region of a picture.</summary>
/// <param name="Image">The picture with its size in image units.</param>
/// <param name="Regions">Tappable rectangles.</param>
/// <param name="Answer">Region ids; tapping any one of them is right.</param>
public sealed record HotspotContent(Picture Image, IReadOnlyList<HotspotRegion> Regions, IReadOnlyList<string> Answer) : ItemContent
{
    /// <inheritdoc/>
    public override ItemType Type => ItemType.Hotspot;
}
