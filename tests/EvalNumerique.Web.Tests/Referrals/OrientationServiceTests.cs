using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Features.Referrals.Rules;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>
/// Orientation of a finished check of structure A, on the demo directory imported by the real
/// importer: suggestions and their reasons, the mediator's profile, and the referrals they choose,
/// each call limited to the structures of the staff member.
/// </summary>
public sealed class OrientationServiceTests : IAsyncLifetime
{
    private StaffWorld _world = default!;
    private FinishedCheck _check = default!;
    private StaffScope _mediatorA = default!;
    private StaffScope _mediatorB = default!;

    public async Task InitializeAsync()
    {
        _world = await StaffWorld.CreateAsync();
        await _world.ImportDemoDirectoryAsync();
        _check = await _world.FinishedCheckAsync(_world.StructureA.Id, "Josiane");
        _mediatorA = await _world.ScopeOfAsync(StaffWorld.MediatorA);
        _mediatorB = await _world.ScopeOfAsync(StaffWorld.MediatorB);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private OrientationService Orientation => _world.Orientation();

    private Task<List<Referral>> ReferralsAsync() =>
        _world.InDatabaseAsync(db => db.Referrals.AsNoTracking().Include(r => r.History).Where(r => r.CheckId == _check.CheckId).OrderBy(r => r.Position).ToListAsync());

    private async Task<List<Guid>> ChooseAsync(params string[] sourceIds)
    {
        foreach (string sourceId in sourceIds)
            Assert.Equal(ReferralChange.Done, await Orientation.ChooseAsync(_mediatorA, _check.CheckId, await _world.PlaceIdAsync(sourceId), [], null));
        return [.. (await ReferralsAsync()).Select(r => r.Id)];
    }

    [Fact]
    public async Task The_mediator_of_the_structure_sees_suggestions_each_with_the_reasons_of_its_rules()
    {
        var view = await Orientation.LoadAsync(_mediatorA, _check.CheckId, "fr");

        Assert.NotNull(view);
        Assert.True(view.Finished);
        Assert.False(view.DirectoryEmpty);
        Assert.Equal("Josiane", view.Nickname);
        Assert.InRange(view.Suggestions.Count, 1, OrientationService.SuggestionCount);
        var rules = await _world.InDatabaseAsync(db => db.ReferralRules.AsNoTracking().ToDictionaryAsync(r => r.Key));
        Assert.All(view.Suggestions, s =>
        {
            Assert.NotEmpty(s.RuleKeys);
            Assert.Equal(s.RuleKeys.Select(k => rules[k].ReasonFr), s.Reasons);
            Assert.False(s.AlreadyChosen);
        });
        Assert.Equal(view.Suggestions.Count, view.Suggestions.Select(s => s.Place.Id).Distinct().Count());
    }

    [Fact]
    public async Task Reasons_are_in_the_reader_s_language()
    {
        var english = await Orientation.LoadAsync(_mediatorA, _check.CheckId, "en");

        var rules = await _world.InDatabaseAsync(db => db.ReferralRules.AsNoTracking().ToDictionaryAsync(r => r.Key));
        var first = english!.Suggestions[0];
        Assert.Equal(first.RuleKeys.Select(k => rules[k].ReasonEn), first.Reasons);
    }

    [Fact]
    public async Task A_mediator_of_another_structure_gets_nothing()
    {
        Assert.Null(await Orientation.LoadAsync(_mediatorB, _check.CheckId, "fr"));
        Assert.False(await Orientation.SaveProfileAsync(_mediatorB, _check.CheckId, new OrientationInput { Urgent = true }));
        Assert.False(await _world.InDatabaseAsync(db => db.OrientationProfiles.AnyAsync()));
    }

    [Fact]
    public async Task Urgent_brings_a_place_that_helps_with_procedures_first()
    {
        var calm = await Orientation.LoadAsync(_mediatorA, _check.CheckId, "fr");
        Assert.DoesNotContain(calm!.Suggestions, s => s.RuleKeys.Any(k => k.StartsWith("urgent", StringComparison.Ordinal)));

        Assert.True(await Orientation.SaveProfileAsync(_mediatorA, _check.CheckId, new OrientationInput { Urgent = true }));
        var urgent = await Orientation.LoadAsync(_mediatorA, _check.CheckId, "fr");

        Assert.True(urgent!.Profile.Urgent);
        var first = urgent.Suggestions[0];
        Assert.Contains("urgent-procedure", first.RuleKeys);
        Assert.Contains("Aide aux démarches administratives", first.Place.Services);
        Assert.Contains("Ici, on vous aide à faire votre démarche.", first.Reasons);
    }

    [Fact]
    public async Task The_specific_need_illiteracy_brings_the_place_that_declares_illettrisme()
    {
        int lireEtCliquer = await _world.PlaceIdAsync("demo-lire-et-cliquer");
        var before = await Orientation.LoadAsync(_mediatorA, _check.CheckId, "fr");
        Assert.DoesNotContain(before!.Suggestions, s => s.RuleKeys.Contains("illiteracy"));

        Assert.True(await Orientation.SaveProfileAsync(_mediatorA, _check.CheckId,
            new OrientationInput { SpecificNeeds = ["illiteracy", "not-a-need"] }));
        var after = await Orientation.LoadAsync(_mediatorA, _check.CheckId, "fr");

        Assert.Equal(["illiteracy"], after!.Profile.SpecificNeeds);
        var first = after.Suggestions[0];
        Assert.Equal(lireEtCliquer, first.Place.Id);
        Assert.Contains("illiteracy", first.RuleKeys);
        Assert.Contains("Ici, on aide aussi les personnes qui lisent difficilement.", first.Reasons);
    }

    [Fact]
    public async Task Choosing_a_place_adds_a_proposed_referral_with_its_reasons_and_a_signed_history_row()
    {
        var view = await Orientation.LoadAsync(_mediatorA, _check.CheckId, "fr");
        var suggestion = view!.Suggestions[0];

        var outcome = await Orientation.ChooseAsync(_mediatorA, _check.CheckId, suggestion.Place.Id, [.. suggestion.RuleKeys, "unknown-rule"], "  pour la CAF  ");

        Assert.Equal(ReferralChange.Done, outcome);
        var referral = Assert.Single(await ReferralsAsync());
        Assert.Equal((ReferralStatus.Proposed, 1, suggestion.Place.Id), (referral.Status, referral.Position, referral.PlaceId));
        Assert.Equal((_check.PersonId, _world.StructureA.Id, _mediatorA.UserId), (referral.BeneficiaryId, referral.StructureId, referral.CreatedById));
        Assert.Equal("pour la CAF", referral.Note);
        Assert.Equal(RuleMatch.Join(suggestion.RuleKeys), referral.RuleKeys);
        var history = Assert.Single(referral.History);
        Assert.Equal((ReferralStatus.Proposed, _mediatorA.UserId, _mediatorA.Name), (history.Status, history.ById, history.ByName));
        Assert.True(await _world.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.CreatedReferral && a.TargetId == referral.Id.ToString())));

        var reloaded = await Orientation.LoadAsync(_mediatorA, _check.CheckId, "fr");
        Assert.True(reloaded!.Suggestions.Single(s => s.Place.Id == suggestion.Place.Id).AlreadyChosen);
        Assert.Equal(suggestion.Reasons, Assert.Single(reloaded.Referrals).Reasons);
    }

    [Fact]
    public async Task Choosing_the_same_place_twice_is_refused()
    {
        int place = await _world.PlaceIdAsync("demo-ccas");
        Assert.Equal(ReferralChange.Done, await Orientation.ChooseAsync(_mediatorA, _check.CheckId, place, [], null));

        Assert.Equal(ReferralChange.AlreadyChosen, await Orientation.ChooseAsync(_mediatorA, _check.CheckId, place, [], null));
        Assert.Single(await ReferralsAsync());
    }

    [Fact]
    public async Task A_sixth_place_is_refused()
    {
        var places = await _world.PlaceIdsAsync();
        foreach (int place in places.Take(OrientationService.MaxReferrals))
            Assert.Equal(ReferralChange.Done, await Orientation.ChooseAsync(_mediatorA, _check.CheckId, place, [], null));

        Assert.Equal(ReferralChange.TooMany, await Orientation.ChooseAsync(_mediatorA, _check.CheckId, places[OrientationService.MaxReferrals], [], null));
        Assert.Equal([1, 2, 3, 4, 5], (await ReferralsAsync()).Select(r => r.Position));
    }

    [Fact]
    public async Task An_abandoned_place_frees_its_place_on_the_sheet()
    {
        var places = await _world.PlaceIdsAsync();
        foreach (int place in places.Take(OrientationService.MaxReferrals))
            Assert.Equal(ReferralChange.Done, await Orientation.ChooseAsync(_mediatorA, _check.CheckId, place, [], null));
        var first = (await ReferralsAsync()).OrderBy(r => r.Position).First();
        Assert.Equal(ReferralChange.Done, await _world.FollowUp().SetStatusAsync(_mediatorA, first.Id, ReferralStatus.Abandoned, null));

        Assert.Equal(ReferralChange.Done, await Orientation.ChooseAsync(_mediatorA, _check.CheckId, places[OrientationService.MaxReferrals], [], null));
        Assert.Equal(OrientationService.MaxReferrals + 1, (await ReferralsAsync()).Count);
    }

    [Fact]
    public async Task An_unknown_place_or_a_too_long_note_is_refused()
    {
        Assert.Equal(ReferralChange.NotFound, await Orientation.ChooseAsync(_mediatorA, _check.CheckId, 999_999, [], null));
        Assert.Equal(ReferralChange.NoteTooLong,
            await Orientation.ChooseAsync(_mediatorA, _check.CheckId, await _world.PlaceIdAsync("demo-ccas"), [], new string('x', Referral.NoteMaxLength + 1)));
        Assert.Empty(await ReferralsAsync());
    }

    [Fact]
    public async Task A_mediator_of_another_structure_can_neither_choose_nor_remove_nor_move_the_referrals()
    {
        var ids = await ChooseAsync("demo-ccas", "demo-point-caf");

        Assert.Equal(ReferralChange.NotFound, await Orientation.ChooseAsync(_mediatorB, _check.CheckId, await _world.PlaceIdAsync("demo-pixel"), [], null));
        Assert.Equal(ReferralChange.NotFound, await Orientation.RemoveAsync(_mediatorB, ids[0]));
        Assert.Equal(ReferralChange.NotFound, await Orientation.MoveAsync(_mediatorB, ids[1], up: true));

        Assert.Equal(ids, (await ReferralsAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task A_referral_is_removed_only_while_it_is_proposed_and_the_others_are_renumbered()
    {
        var ids = await ChooseAsync("demo-ccas", "demo-point-caf", "demo-mediatheque");
        Assert.Equal(ReferralChange.Done, await _world.FollowUp().SetStatusAsync(_mediatorA, ids[1], ReferralStatus.Accepted, null));

        Assert.Equal(ReferralChange.NotProposedAnyMore, await Orientation.RemoveAsync(_mediatorA, ids[1]));
        Assert.Equal(ReferralChange.Done, await Orientation.RemoveAsync(_mediatorA, ids[0]));

        var left = await ReferralsAsync();
        Assert.Equal([ids[1], ids[2]], left.Select(r => r.Id));
        Assert.Equal([1, 2], left.Select(r => r.Position));
    }

    [Fact]
    public async Task Moving_a_referral_up_swaps_it_with_the_one_before_and_the_ends_stay_put()
    {
        var ids = await ChooseAsync("demo-ccas", "demo-point-caf", "demo-mediatheque");

        Assert.Equal(ReferralChange.Done, await Orientation.MoveAsync(_mediatorA, ids[2], up: true));
        Assert.Equal([ids[0], ids[2], ids[1]], (await ReferralsAsync()).Select(r => r.Id));

        Assert.Equal(ReferralChange.Done, await Orientation.MoveAsync(_mediatorA, ids[0], up: false));
        Assert.Equal([ids[2], ids[0], ids[1]], (await ReferralsAsync()).Select(r => r.Id));

        Assert.Equal(ReferralChange.Done, await Orientation.MoveAsync(_mediatorA, ids[2], up: true));
        Assert.Equal(ReferralChange.Done, await Orientation.MoveAsync(_mediatorA, ids[1], up: false));
        var sheet = await ReferralsAsync();
        Assert.Equal([ids[2], ids[0], ids[1]], sheet.Select(r => r.Id));
        Assert.Equal([1, 2, 3], sheet.Select(r => r.Position));
    }

    [Fact]
    public async Task A_check_whose_person_refused_consent_is_not_visible_to_the_structure()
    {
        var refused = await _world.FinishedCheckAsync(_world.StructureA.Id, "Marcel", refuseConsent: true);

        Assert.Null(await Orientation.LoadAsync(_mediatorA, refused.CheckId, "fr"));
        Assert.False(await Orientation.SaveProfileAsync(_mediatorA, refused.CheckId, new OrientationInput()));
        Assert.Equal(ReferralChange.NotFound, await Orientation.ChooseAsync(_mediatorA, refused.CheckId, await _world.PlaceIdAsync("demo-ccas"), [], null));
        Assert.False(await _world.InDatabaseAsync(db => db.Referrals.AnyAsync(r => r.CheckId == refused.CheckId)));
    }

    [Fact]
    public async Task An_unfinished_check_shows_no_suggestion_and_takes_no_referral()
    {
        var personId = await _world.AddPersonAsync(_world.StructureA.Id, "Paul");
        var checks = _world.Factory.Services.GetRequiredService<Features.Check.CheckService>();
        var invitation = await checks.InviteAsync(personId, _mediatorA.UserId);

        var view = await Orientation.LoadAsync(_mediatorA, invitation.CheckId, "fr");

        Assert.NotNull(view);
        Assert.False(view.Finished);
        Assert.Empty(view.Suggestions);
        Assert.Equal(ReferralChange.NotFound, await Orientation.ChooseAsync(_mediatorA, invitation.CheckId, await _world.PlaceIdAsync("demo-ccas"), [], null));
    }
}
