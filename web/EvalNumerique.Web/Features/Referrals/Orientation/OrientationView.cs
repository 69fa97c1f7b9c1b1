using EvalNumerique.Web.Features.Check;

namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>Everything the orientation page shows for one finished check.</summary>
public sealed record OrientationView(
    Guid CheckId,
    string ResumeCode,
    Guid? BeneficiaryId,
    string? Nickname,
    string StructureName,
    bool Finished,
    int Level,
    IReadOnlyList<string> Needs,
    bool EquipmentMissing,
    IReadOnlyList<PathwayStep> Pathway,
    OrientationInput Profile,
    string? OriginLabel,
    bool FromPlaceUnknown,
    bool DirectoryEmpty,
    IReadOnlyList<SuggestionView> Suggestions,
    IReadOnlyList<ReferralView> Referrals);
