namespace EvalNumerique.Web.Data;

/// <summary>One step of a referral's follow-up, dated and signed.</summary>
public sealed class ReferralStatusChange
{
    public long Id { get; set; }

    public Guid ReferralId { get; set; }

    public ReferralStatus Status { get; set; }

    public DateTimeOffset At { get; set; }

    public required string ById { get; set; }

    public required string ByName { get; set; }
}
