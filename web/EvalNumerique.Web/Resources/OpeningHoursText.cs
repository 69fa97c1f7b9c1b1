namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the wording of a place's opening hours and "open now" (OpeningHoursText.resx: French; OpeningHoursText.en.resx: English).</summary>
public sealed class OpeningHoursText
{
}
