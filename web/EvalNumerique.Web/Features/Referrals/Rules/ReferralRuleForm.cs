using System.ComponentModel.DataAnnotations;

namespace EvalNumerique.Web.Features.Referrals.Rules;

/// <summary>The admin's form for one rule; lists are edited one value per line.</summary>
public sealed class ReferralRuleForm
{
    public bool Enabled { get; set; } = true;

    [Range(1, 100)]
    public int Weight { get; set; } = 50;

    [Range(1, 4)]
    public int? WhenLevelAtMost { get; set; }

    [Range(1, 4)]
    public int? WhenLevelAtLeast { get; set; }

    /// <summary>"", "yes" or "no" (either, true, false).</summary>
    public string WhenUrgent { get; set; } = "";

    public string WhenWantsToLearn { get; set; } = "";

    public string WhenEquipmentMissing { get; set; } = "";

    public HashSet<string> WhenNeedsAny { get; set; } = [];

    public HashSet<string> WhenSpecificNeedsAny { get; set; } = [];

    /// <summary>One offer tag per line ("program:Aidants Connect").</summary>
    [Required]
    public string OffersAny { get; set; } = "";

    [Required, StringLength(300)]
    public string ReasonFr { get; set; } = "";

    [Required, StringLength(300)]
    public string ReasonEn { get; set; } = "";
}
