namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of the live follow-up dashboard (FollowText.resx: French; FollowText.en.resx: English).</summary>
public sealed class FollowText
{
}
