namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings around a question: answer buttons, hints, the simulated phone (ItemText.resx: French; ItemText.en.resx: English).</summary>
public sealed class ItemText
{
}
