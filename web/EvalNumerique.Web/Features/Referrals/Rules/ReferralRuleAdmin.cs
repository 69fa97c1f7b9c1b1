using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Rules;

/// <summary>
/// Referral rules as data: seeded from the defaults when the database has none, listed, edited,
/// switched on and off, and reset to their default by admins. Every change is audited.
/// </summary>
public sealed class ReferralRuleAdmin(IDbContextFactory<EvalDbContext> dbFactory, AuditLog audit, TimeProvider clock)
{
    public static async Task SeedAsync(EvalDbContext db, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.ReferralRules.AnyAsync()) return;
        db.ReferralRules.AddRange(DefaultReferralRules.Create(now));
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<ReferralRule>> ListAsync(CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var rules = await db.ReferralRules.AsNoTracking().ToListAsync(cancel);
        return [.. rules.OrderByDescending(r => r.Weight).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    public static ReferralRuleForm FormOf(ReferralRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new ReferralRuleForm
        {
            Enabled = rule.Enabled,
            Weight = rule.Weight,
            WhenLevelAtMost = rule.WhenLevelAtMost,
            WhenLevelAtLeast = rule.WhenLevelAtLeast,
            WhenUrgent = Tri(rule.WhenUrgent),
            WhenWantsToLearn = Tri(rule.WhenWantsToLearn),
            WhenEquipmentMissing = Tri(rule.WhenEquipmentMissing),
            WhenNeedsAny = [.. RuleMatch.List(rule.WhenNeedsAny)],
            WhenSpecificNeedsAny = [.. RuleMatch.List(rule.WhenSpecificNeedsAny)],
            OffersAny = string.Join('\n', RuleMatch.List(rule.OffersAny)),
            ReasonFr = rule.ReasonFr,
            ReasonEn = rule.ReasonEn,
        };
    }

    /// <summary>Checks a form: every problem names the field and says how to fix it (empty when valid).</summary>
    public static IReadOnlyList<(string Field, string Key)> Validate(ReferralRuleForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<(string, string)>();
        if (form.Weight is < 1 or > 100) problems.Add((nameof(form.Weight), "RuleWeightRange"));
        if (form.WhenLevelAtMost is < 1 or > 4 || form.WhenLevelAtLeast is < 1 or > 4) problems.Add((nameof(form.WhenLevelAtMost), "RuleLevelRange"));
        if (form.WhenLevelAtMost < form.WhenLevelAtLeast) problems.Add((nameof(form.WhenLevelAtMost), "RuleLevelOrder"));
        var lines = Lines(form.OffersAny);
        if (lines.Count == 0) problems.Add((nameof(form.OffersAny), "RuleOffersEmpty"));
        else if (lines.Any(l => OfferTag.Parse(l) is null)) problems.Add((nameof(form.OffersAny), "RuleOffersBad"));
        if (string.IsNullOrWhiteSpace(form.ReasonFr) || form.ReasonFr.Length > 300) problems.Add((nameof(form.ReasonFr), "RuleReasonRequired"));
        if (string.IsNullOrWhiteSpace(form.ReasonEn) || form.ReasonEn.Length > 300) problems.Add((nameof(form.ReasonEn), "RuleReasonRequired"));
        return problems;
    }

    /// <summary>Saves a valid form onto the rule; false when the rule does not exist or the form is invalid.</summary>
    public async Task<bool> SaveAsync(StaffScope admin, int ruleId, ReferralRuleForm form, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(form);
        if (!admin.IsAdmin || Validate(form).Count > 0) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var rule = await db.ReferralRules.FirstOrDefaultAsync(r => r.Id == ruleId, cancel);
        if (rule is null) return false;
        rule.Enabled = form.Enabled;
        rule.Weight = form.Weight;
        rule.WhenLevelAtMost = form.WhenLevelAtMost;
        rule.WhenLevelAtLeast = form.WhenLevelAtLeast;
        rule.WhenUrgent = Tri(form.WhenUrgent);
        rule.WhenWantsToLearn = Tri(form.WhenWantsToLearn);
        rule.WhenEquipmentMissing = Tri(form.WhenEquipmentMissing);
        rule.WhenNeedsAny = RuleMatch.Join(form.WhenNeedsAny.Where(Needs.IsKnown));
        rule.WhenSpecificNeedsAny = RuleMatch.Join(form.WhenSpecificNeedsAny.Where(SpecificNeeds.IsKnown));
        rule.OffersAny = RuleMatch.Join(Lines(form.OffersAny).Select(l => OfferTag.Parse(l)!.Value.ToString()));
        rule.ReasonFr = form.ReasonFr.Trim();
        rule.ReasonEn = form.ReasonEn.Trim();
        rule.UpdatedAt = clock.GetUtcNow();
        rule.UpdatedBy = admin.Name;
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(admin, AuditActions.EditedReferralRule, "referral-rule", rule.Key, cancel: cancel);
        return true;
    }

    /// <summary>Puts a default rule back as shipped; false for a rule that has no default.</summary>
    public async Task<bool> ResetAsync(StaffScope admin, int ruleId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        if (!admin.IsAdmin) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var rule = await db.ReferralRules.FirstOrDefaultAsync(r => r.Id == ruleId, cancel);
        var now = clock.GetUtcNow();
        if (rule is null || DefaultReferralRules.Create(rule.Key, now) is not { } fresh) return false;
        rule.Enabled = fresh.Enabled;
        rule.Weight = fresh.Weight;
        rule.WhenLevelAtMost = fresh.WhenLevelAtMost;
        rule.WhenLevelAtLeast = fresh.WhenLevelAtLeast;
        rule.WhenUrgent = fresh.WhenUrgent;
        rule.WhenWantsToLearn = fresh.WhenWantsToLearn;
        rule.WhenEquipmentMissing = fresh.WhenEquipmentMissing;
        rule.WhenNeedsAny = fresh.WhenNeedsAny;
        rule.WhenSpecificNeedsAny = fresh.WhenSpecificNeedsAny;
        rule.OffersAny = fresh.OffersAny;
        rule.ReasonFr = fresh.ReasonFr;
        rule.ReasonEn = fresh.ReasonEn;
        rule.UpdatedAt = now;
        rule.UpdatedBy = admin.Name;
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(admin, AuditActions.EditedReferralRule, "referral-rule", rule.Key, detail: "reset to default", cancel: cancel);
        return true;
    }

    private static string Tri(bool? value) => value switch { true => "yes", false => "no", null => "" };

    private static bool? Tri(string value) => value switch { "yes" => true, "no" => false, _ => null };

    private static List<string> Lines(string text) =>
        [.. (text ?? "").Split(['\n', '\r', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
