using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>A referral as the mediator follows it.</summary>
public sealed record ReferralView(
    Guid Id,
    Guid CheckId,
    Guid? BeneficiaryId,
    string? Nickname,
    PlaceCard Place,
    IReadOnlyList<string> Reasons,
    string? Note,
    int Position,
    ReferralStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset StatusAt,
    DateTimeOffset? AppointmentAt,
    IReadOnlyList<ReferralStatusChange> History);
