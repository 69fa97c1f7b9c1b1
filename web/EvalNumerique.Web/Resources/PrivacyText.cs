namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of the GDPR tools: exports, erasure (PrivacyText.resx: French; PrivacyText.en.resx: English).</summary>
public sealed class PrivacyText
{
}
