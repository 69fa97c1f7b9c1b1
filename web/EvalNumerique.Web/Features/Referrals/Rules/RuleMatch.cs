using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Referrals.Rules;

/// <summary>Whether a rule applies to a person, and whether a place offers what it looks for.</summary>
public static class RuleMatch
{
    public static bool AppliesTo(ReferralRule rule, OrientationFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(facts);
        if (!rule.Enabled) return false;
        if (rule.WhenLevelAtMost is { } most && facts.Level > most) return false;
        if (rule.WhenLevelAtLeast is { } least && facts.Level < least) return false;
        if (rule.WhenUrgent is { } urgent && facts.Urgent != urgent) return false;
        if (rule.WhenWantsToLearn is { } learn && facts.WantsToLearn != learn) return false;
        if (rule.WhenEquipmentMissing is { } missing && facts.EquipmentMissing != missing) return false;
        var needs = List(rule.WhenNeedsAny);
        if (needs.Count > 0 && !needs.Any(facts.Needs.Contains)) return false;
        var specific = List(rule.WhenSpecificNeedsAny);
        if (specific.Count > 0 && !specific.Any(facts.SpecificNeeds.Contains)) return false;
        return true;
    }

    public static bool IsOfferedBy(ReferralRule rule, DirectoryPlace place)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Tags(rule).Any(tag => tag.IsOfferedBy(place));
    }

    public static IReadOnlyList<OfferTag> Tags(ReferralRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return [.. List(rule.OffersAny).Select(OfferTag.Parse).OfType<OfferTag>()];
    }

    public static IReadOnlyList<string> List(string joined) =>
        joined.Split(DirectoryPlace.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> values) =>
        string.Join(DirectoryPlace.ListSeparator, values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal));
}
