namespace EvalNumerique.Web.Resources;

/// <summary>Marker for the strings of orientation, referral sheets, follow-up and the directory (ReferralText.resx: French; ReferralText.en.resx: English).</summary>
public sealed class ReferralText
{
}
