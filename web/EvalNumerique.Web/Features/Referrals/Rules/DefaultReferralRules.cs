using System.Text.Json;
using System.Text.Json.Serialization;
using EvalNumerique.Web.Data;

namespace EvalNumerique.Web.Features.Referrals.Rules;

/// <summary>
/// The default rules shipped in <c>default-referral-rules.json</c>: seeded when the database has no
/// rule, and used by "reset to default". Admins change the database copy, never this file.
/// </summary>
public static class DefaultReferralRules
{
    private const string FileName = "default-referral-rules.json";

    private static readonly Lazy<IReadOnlyList<RuleDefinition>> Definitions = new(Load);

    /// <summary>Fresh entities for every default rule.</summary>
    public static IReadOnlyList<ReferralRule> Create(DateTimeOffset now) => [.. Definitions.Value.Select(d => d.ToEntity(now))];

    /// <summary>A fresh entity for one default rule, or null when the key is not a default one.</summary>
    public static ReferralRule? Create(string key, DateTimeOffset now) =>
        Definitions.Value.FirstOrDefault(d => d.Key == key)?.ToEntity(now);

    private static IReadOnlyList<RuleDefinition> Load()
    {
        using var stream = typeof(DefaultReferralRules).Assembly.GetManifestResourceStream(typeof(DefaultReferralRules), FileName)
            ?? throw new InvalidOperationException($"{FileName} is not embedded in the web assembly.");
        var file = JsonSerializer.Deserialize<RuleFile>(stream, Options)
            ?? throw new InvalidOperationException($"{FileName} is empty.");
        return file.Rules;
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    private sealed record RuleFile(string? Comment, IReadOnlyList<RuleDefinition> Rules);

    private sealed record RuleDefinition(
        string Key,
        int Weight,
        int? WhenLevelAtMost,
        int? WhenLevelAtLeast,
        bool? WhenUrgent,
        bool? WhenWantsToLearn,
        bool? WhenEquipmentMissing,
        IReadOnlyList<string>? WhenNeedsAny,
        IReadOnlyList<string>? WhenSpecificNeedsAny,
        IReadOnlyList<string> OffersAny,
        string ReasonFr,
        string ReasonEn)
    {
        public ReferralRule ToEntity(DateTimeOffset now) => new()
        {
            Key = Key,
            Weight = Weight,
            WhenLevelAtMost = WhenLevelAtMost,
            WhenLevelAtLeast = WhenLevelAtLeast,
            WhenUrgent = WhenUrgent,
            WhenWantsToLearn = WhenWantsToLearn,
            WhenEquipmentMissing = WhenEquipmentMissing,
            WhenNeedsAny = RuleMatch.Join(WhenNeedsAny ?? []),
            WhenSpecificNeedsAny = RuleMatch.Join(WhenSpecificNeedsAny ?? []),
            OffersAny = RuleMatch.Join(OffersAny),
            ReasonFr = ReasonFr,
            ReasonEn = ReasonEn,
            UpdatedAt = now,
        };
    }
}
