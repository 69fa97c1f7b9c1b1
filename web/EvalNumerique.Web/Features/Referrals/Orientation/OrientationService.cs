using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Matching;
using EvalNumerique.Web.Features.Referrals.Rules;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Referrals.Orientation;

/// <summary>
/// The mediator's orientation of one finished check: the profile they add, the places the rules
/// suggest, and the referrals they confirm (suggestions are proposals: nothing reaches the person
/// until the mediator chooses it). Every call is limited to checks the staff member may read.
/// </summary>
public sealed class OrientationService(IDbContextFactory<EvalDbContext> dbFactory, CheckService checkService, AuditLog audit, TimeProvider clock)
{
    public const int SuggestionCount = 5;

    public const int MaxReferrals = 5;

    public async Task<OrientationView?> LoadAsync(StaffScope scope, Guid checkId, string language, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var check = await db.ReadableChecks(scope).AsNoTracking()
            .Include(c => c.Answers).Include(c => c.Beneficiary).Include(c => c.Structure)
            .FirstOrDefaultAsync(c => c.Id == checkId, cancel);
        if (check is null) return null;
        var profile = await db.OrientationProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.CheckId == checkId, cancel) ?? new OrientationProfile { CheckId = checkId };
        var input = Input(profile);
        var rules = await db.ReferralRules.AsNoTracking().ToListAsync(cancel);
        var referrals = await ReferralViews.LoadAsync(db, rules, language, r => r.CheckId == checkId, cancel);
        bool finished = check.Stage == CheckStage.Finished;
        if (!finished)
            return new OrientationView(check.Id, check.ResumeCode, check.BeneficiaryId, check.Beneficiary?.Nickname, check.Structure?.Name ?? "",
                false, 0, [], false, [], input, null, false, false, [], referrals);

        var result = checkService.ResultOf(check, language);
        var facts = Facts(result, profile) with
        {
            YoungestAge = check.Beneficiary?.BirthDecade is int decade ? clock.GetUtcNow().Year - (decade + 9) : null,
            OldestAge = check.Beneficiary?.BirthDecade is int d ? clock.GetUtcNow().Year - d : null,
        };
        var nearby = await NearbyPlaces.LoadAsync(db, profile.FromPlace, check.Structure, cancel);
        var (places, origin, originLabel, fromPlaceUnknown) = (nearby.Places, nearby.Origin, nearby.OriginLabel, nearby.FromPlaceUnknown);
        var now = clock.GetUtcNow();
        var chosen = referrals.Select(r => r.Place.Id).ToHashSet();
        var suggestions = ReferralRanking.Suggest(facts, rules, places, origin, now, p => PlaceHours.NextOpening(p.OpeningHours, p.PostalCode, now), SuggestionCount)
            .Select(s => new SuggestionView(PlaceCard.Of(s.Place), [.. s.Rules.Select(r => r.Key)], [.. s.Rules.Select(r => ReferralViews.Reason(r, language))],
                s.Fit, s.DistanceKm, s.NextOpening, chosen.Contains(s.Place.Id)))
            .ToList();
        return new OrientationView(check.Id, check.ResumeCode, check.BeneficiaryId, check.Beneficiary?.Nickname, check.Structure?.Name ?? "",
            true, result.Level, result.Needs, facts.EquipmentMissing, result.Pathway, input, originLabel, fromPlaceUnknown, nearby.DirectoryEmpty, suggestions, referrals);
    }

    public async Task<bool> SaveProfileAsync(StaffScope scope, Guid checkId, OrientationInput input, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        if (!await db.ReadableChecks(scope).AnyAsync(c => c.Id == checkId && c.Stage == CheckStage.Finished, cancel)) return false;
        var profile = await db.OrientationProfiles.FirstOrDefaultAsync(p => p.CheckId == checkId, cancel);
        if (profile is null)
        {
            profile = new OrientationProfile { CheckId = checkId };
            db.OrientationProfiles.Add(profile);
        }
        profile.Urgent = input.Urgent;
        profile.WantsToLearn = input.WantsToLearn;
        profile.SpecificNeeds = RuleMatch.Join(input.SpecificNeeds.Where(SpecificNeeds.IsKnown));
        string? from = input.FromPlace?.Trim();
        profile.FromPlace = string.IsNullOrEmpty(from) ? null : from[..Math.Min(from.Length, 100)];
        profile.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancel);
        return true;
    }

    /// <summary>Adds a place to the person's referrals (status "proposée"); the rule keys say why it was suggested, none when the mediator picked it.</summary>
    public async Task<ReferralChange> ChooseAsync(StaffScope scope, Guid checkId, int placeId, IReadOnlyList<string> ruleKeys, string? note, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(ruleKeys);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var check = await db.ReadableChecks(scope).FirstOrDefaultAsync(c => c.Id == checkId && c.Stage == CheckStage.Finished, cancel);
        if (check is null) return ReferralChange.NotFound;
        if (!await db.DirectoryPlaces.AnyAsync(p => p.Id == placeId, cancel)) return ReferralChange.NotFound;
        var existing = await db.Referrals.Where(r => r.CheckId == checkId).ToListAsync(cancel);
        if (existing.Any(r => r.PlaceId == placeId)) return ReferralChange.AlreadyChosen;
        // Abandoned places stay in the history but no longer take a place on the sheet.
        if (existing.Count(r => r.Status != ReferralStatus.Abandoned) >= MaxReferrals) return ReferralChange.TooMany;
        note = note?.Trim();
        if (note?.Length > Referral.NoteMaxLength) return ReferralChange.NoteTooLong;
        var now = clock.GetUtcNow();
        var known = await db.ReferralRules.Select(r => r.Key).ToListAsync(cancel);
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            CheckId = checkId,
            BeneficiaryId = check.BeneficiaryId,
            StructureId = check.StructureId!.Value,
            PlaceId = placeId,
            RuleKeys = RuleMatch.Join(ruleKeys.Where(known.Contains)),
            Note = string.IsNullOrEmpty(note) ? null : note,
            Position = existing.Count == 0 ? 1 : existing.Max(r => r.Position) + 1,
            Status = ReferralStatus.Proposed,
            CreatedAt = now,
            CreatedById = scope.UserId,
            StatusAt = now,
        };
        referral.History.Add(new ReferralStatusChange { Status = ReferralStatus.Proposed, At = now, ById = scope.UserId, ByName = scope.Name });
        db.Referrals.Add(referral);
        if (check.BeneficiaryId is { } personId)
            await db.Beneficiaries.Where(b => b.Id == personId).ExecuteUpdateAsync(b => b.SetProperty(x => x.LastActivityAt, now), cancel);
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(scope, AuditActions.CreatedReferral, "referral", referral.Id.ToString(), referral.StructureId, $"check {checkId}, place {placeId}", cancel);
        return ReferralChange.Done;
    }

    /// <summary>Takes a place off the sheet while it is only proposed; afterwards its status says what happened.</summary>
    public async Task<ReferralChange> RemoveAsync(StaffScope scope, Guid referralId, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var referral = await ReferralViews.Visible(db, scope).FirstOrDefaultAsync(r => r.Id == referralId, cancel);
        if (referral is null) return ReferralChange.NotFound;
        if (referral.Status != ReferralStatus.Proposed) return ReferralChange.NotProposedAnyMore;
        db.Referrals.Remove(referral);
        await db.SaveChangesAsync(cancel);
        await Renumber(db, referral.CheckId, cancel);
        await audit.RecordAsync(scope, AuditActions.RemovedReferral, "referral", referral.Id.ToString(), referral.StructureId, cancel: cancel);
        return ReferralChange.Done;
    }

    /// <summary>Sets the mediator's word for the person on a referral ("pour la déclaration CAF"), printed on the sheet; empty removes it.</summary>
    public async Task<ReferralChange> SetNoteAsync(StaffScope scope, Guid referralId, string? note, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        note = note?.Trim();
        if (note?.Length > Referral.NoteMaxLength) return ReferralChange.NoteTooLong;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var referral = await ReferralViews.Visible(db, scope).FirstOrDefaultAsync(r => r.Id == referralId, cancel);
        if (referral is null) return ReferralChange.NotFound;
        referral.Note = string.IsNullOrEmpty(note) ? null : note;
        await db.SaveChangesAsync(cancel);
        return ReferralChange.Done;
    }

    /// <summary>Moves a referral one place up (earlier) or down on the sheet.</summary>
    public async Task<ReferralChange> MoveAsync(StaffScope scope, Guid referralId, bool up, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var referral = await ReferralViews.Visible(db, scope).FirstOrDefaultAsync(r => r.Id == referralId, cancel);
        if (referral is null) return ReferralChange.NotFound;
        var siblings = await db.Referrals.Where(r => r.CheckId == referral.CheckId).OrderBy(r => r.Position).ToListAsync(cancel);
        int index = siblings.FindIndex(r => r.Id == referralId);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.Count) return ReferralChange.Done;
        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        for (int i = 0; i < siblings.Count; i++) siblings[i].Position = i + 1;
        await db.SaveChangesAsync(cancel);
        return ReferralChange.Done;
    }

    /// <summary>Places whose name, commune or postal code contains the text (accents ignored), for "add another place".</summary>
    public async Task<IReadOnlyList<PlaceCard>> SearchPlacesAsync(string text, int max = 10, CancellationToken cancel = default)
    {
        string wanted = Directory.PlaceSearch.Fold(text);
        if (wanted.Length < 2) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var places = await db.DirectoryPlaces.AsNoTracking().ToListAsync(cancel);
        return [.. places
            .Where(p => Directory.PlaceSearch.Matches(p, wanted))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Take(max)
            .Select(PlaceCard.Of)];
    }

    internal static OrientationFacts Facts(CheckResult result, OrientationProfile profile) => new(
        result.Level,
        result.Needs.ToHashSet(StringComparer.Ordinal),
        Needs.EquipmentMissing(result.Equipment),
        profile.Urgent,
        profile.WantsToLearn,
        RuleMatch.List(profile.SpecificNeeds).ToHashSet(StringComparer.Ordinal));

    private static OrientationInput Input(OrientationProfile profile) => new()
    {
        Urgent = profile.Urgent,
        WantsToLearn = profile.WantsToLearn,
        SpecificNeeds = RuleMatch.List(profile.SpecificNeeds).ToHashSet(StringComparer.Ordinal),
        FromPlace = profile.FromPlace,
    };

    private static async Task Renumber(EvalDbContext db, Guid checkId, CancellationToken cancel)
    {
        var rest = await db.Referrals.Where(r => r.CheckId == checkId).OrderBy(r => r.Position).ToListAsync(cancel);
        for (int i = 0; i < rest.Count; i++) rest[i].Position = i + 1;
        await db.SaveChangesAsync(cancel);
    }
}
