namespace EvalNumerique.Web.Features.Referrals.FollowUp;

/// <summary>Columns the follow-up list sorts by.</summary>
public enum ReferralSort
{
    StatusDate,
    Person,
    Place,
    Status,
    Created,
}
