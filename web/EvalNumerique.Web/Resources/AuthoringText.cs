namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of the authoring space: calibration and item quality (AuthoringText.resx: French; AuthoringText.en.resx: English).</summary>
public sealed class AuthoringText
{
}
