namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>The outcome of a change to a referral, each with its own message on the page.</summary>
public enum ReferralChange
{
    Done,
    NotFound,
    AlreadyChosen,
    TooMany,
    NoteTooLong,
    NotProposedAnyMore,
    BadStatus,
}
