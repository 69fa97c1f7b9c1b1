using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Referrals.Matching;

/// <summary>A place proposed to the mediator, with everything that explains its rank.</summary>
/// <param name="Place">The place.</param>
/// <param name="Rules">The rules it fits, strongest first.</param>
/// <param name="Fit">What the place adds to the suggestions chosen before it: the weights of the rules it fits that no earlier suggestion covered, plus a tenth of the others.</param>
/// <param name="DistanceKm">Distance from the origin, or null when either position is unknown.</param>
/// <param name="NextOpening">Now if open now, else the next opening within the look-ahead; null when unknown or closed for long.</param>
/// <param name="Free">The place says it is free ("Gratuit"), unconditionally.</param>
public sealed record ReferralSuggestion(
    DirectoryPlace Place,
    IReadOnlyList<ReferralRule> Rules,
    double Fit,
    double? DistanceKm,
    DateTimeOffset? NextOpening,
    bool Free)
{
    /// <summary>The strongest rule, whose key is kept with the referral.</summary>
    public ReferralRule MainRule => Rules[0];
}
