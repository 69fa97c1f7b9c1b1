using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Referrals.FollowUp;

/// <summary>Filters and order of the follow-up list.</summary>
public sealed class ReferralQuery
{
    /// <summary>Only this status; null: every status.</summary>
    public ReferralStatus? Status { get; set; }

    /// <summary>Only referrals to follow up now (see <see cref="ReferralFollowUpService.NeedsFollowUp"/>).</summary>
    public bool ToFollowUpOnly { get; set; }

    /// <summary>Text in the person's nickname or the place's name (accents ignored).</summary>
    public string? Search { get; set; }

    public ReferralSort Sort { get; set; } = ReferralSort.StatusDate;

    public bool Descending { get; set; }
}
