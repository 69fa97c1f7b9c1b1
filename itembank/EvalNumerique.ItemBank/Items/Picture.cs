namespace EvalNumerique.ItemBank.Items;

/// <summary>A picture with its text alternative; the path is relative to the item file.</summary>
/// <param name="Src">Path relative to the item file (e.g. <c>images/sms-colis.svg</c>).</param>
/// <param name="Alt">Text alternative read to people who cannot see the picture.</param>
/// <param name="Width">Width in image units (SVG viewBox), required for hotspot images.</param>
/// <param name="Height">Height in image units (SVG viewBox), required for hotspot images.</param>
public sealed record Picture(string Src, string? Alt, double? Width = null, double? Height = null);
