namespace EvalNumerique.ItemBank.Items;

/// <summary>A rectangle of a hotspot image, in image units.</summary>
/// <param name="Id">Id referenced by the answer.</param>
/// <param name="Label">What the region is (read to screen-reader users).</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="W">Width.</param>
/// <param name="H">Height.</param>
public sealed record HotspotRegion(string Id, string Label, double X, double Y, double W, double H);
