namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of the shell and the check pages (UiText.resx: French; UiText.en.resx: English).</summary>
public sealed class UiText
{
}
