namespace EvalNumerique.Web.Features.Referrals.Rules;

/// <summary>What referral rules look at: the check's result and answers, and what the mediator adds.</summary>
/// <param name="Level">Overall level 1–4 from the check.</param>
/// <param name="Needs">Need ids the person chose (caf, health, job…).</param>
/// <param name="EquipmentMissing">No smartphone, computer or internet at home.</param>
/// <param name="Urgent">The mediator marked a procedure as urgent.</param>
/// <param name="WantsToLearn">The person wants to learn to do it themselves (false: would rather have it done).</param>
/// <param name="SpecificNeeds">Specific-need ids (see <see cref="SpecificNeeds"/>).</param>
/// <param name="YoungestAge">The youngest the person can be (from the decade of birth), if known.</param>
/// <param name="OldestAge">The oldest the person can be, if known.</param>
public sealed record OrientationFacts(
    int Level,
    IReadOnlySet<string> Needs,
    bool EquipmentMissing,
    bool Urgent,
    bool WantsToLearn,
    IReadOnlySet<string> SpecificNeeds,
    int? YoungestAge = null,
    int? OldestAge = null);
