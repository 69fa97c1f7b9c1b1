namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of the professional's results, history and printable summary (ResultsText.resx: French; ResultsText.en.resx: English).</summary>
public sealed class ResultsText
{
}
