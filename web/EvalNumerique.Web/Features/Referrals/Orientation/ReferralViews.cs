using System.Linq.Expressions;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Referrals.Rules;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>Reads referrals for staff: only those of the scope's structures, with their place, reasons and history.</summary>
public static class ReferralViews
{
    public static IQueryable<Referral> Visible(EvalDbContext db, StaffScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var structures = scope.StructureIds.ToList();
        return db.Referrals.Where(r => structures.Contains(r.StructureId));
    }

    public static async Task<IReadOnlyList<ReferralView>> LoadAsync(EvalDbContext db, IReadOnlyList<ReferralRule> rules, string language,
        Expression<Func<Referral, bool>> which, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        var referrals = await db.Referrals.AsNoTracking().Where(which).Include(r => r.Place).Include(r => r.History).ToListAsync(cancel);
        var people = referrals.Where(r => r.BeneficiaryId is not null).Select(r => r.BeneficiaryId!.Value).Distinct().ToList();
        var nicknames = await db.Beneficiaries.AsNoTracking().Where(b => people.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Nickname, cancel);
        return [.. referrals.OrderBy(r => r.CheckId).ThenBy(r => r.Position).Select(r => View(r, rules, language, nicknames))];
    }

    public static string Reason(ReferralRule rule, string language)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return language == "en" ? rule.ReasonEn : rule.ReasonFr;
    }

    private static ReferralView View(Referral r, IReadOnlyList<ReferralRule> rules, string language, Dictionary<Guid, string> nicknames)
    {
        var reasons = RuleMatch.List(r.RuleKeys)
            .Select(key => rules.FirstOrDefault(rule => rule.Key == key))
            .OfType<ReferralRule>()
            .Select(rule => Reason(rule, language))
            .ToList();
        return new ReferralView(r.Id, r.CheckId, r.BeneficiaryId,
            r.BeneficiaryId is { } id && nicknames.TryGetValue(id, out var nickname) ? nickname : null,
            PlaceCard.Of(r.Place!), reasons, r.Note, r.Position, r.Status, r.CreatedAt, r.StatusAt, r.AppointmentAt,
            [.. r.History.OrderBy(h => h.At).ThenBy(h => h.Id)]);
    }
}
