using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Privacy;
using EvalNumerique.Web.Features.Referrals.FollowUp;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>
/// Follow-up of referrals on the app's database, with a clock the test moves: dated and signed
/// status changes, the 14-day "to follow up" mark, the list's filters and order, the structure
/// boundary, and erasure.
/// </summary>
public sealed class ReferralFollowUpTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly FixedClock _clock = new(Start);
    private StaffWorld _world = default!;
    private StaffScope _mediatorA = default!;
    private StaffScope _mediatorB = default!;

    public async Task InitializeAsync()
    {
        _world = await StaffWorld.CreateAsync();
        await _world.ImportDemoDirectoryAsync();
        _mediatorA = await _world.ScopeOfAsync(StaffWorld.MediatorA);
        _mediatorB = await _world.ScopeOfAsync(StaffWorld.MediatorB);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private ReferralFollowUpService FollowUp => _world.FollowUp(_clock);

    /// <summary>A finished check of structure A for this person, with these places chosen (in order) at the current clock.</summary>
    private async Task<(FinishedCheck Check, List<Guid> Referrals)> ReferAsync(string nickname, params string[] sourceIds)
    {
        var check = await _world.FinishedCheckAsync(_world.StructureA.Id, nickname);
        var orientation = _world.Orientation(_clock);
        foreach (string sourceId in sourceIds)
            Assert.Equal(ReferralChange.Done, await orientation.ChooseAsync(_mediatorA, check.CheckId, await _world.PlaceIdAsync(sourceId), [], null));
        var ids = await _world.InDatabaseAsync(db => db.Referrals.Where(r => r.CheckId == check.CheckId).OrderBy(r => r.Position).Select(r => r.Id).ToListAsync());
        return (check, ids);
    }

    private async Task<ReferralView> ViewAsync(Guid referralId) =>
        (await FollowUp.ListAsync(_mediatorA, new ReferralQuery(), "fr")).Single(r => r.Id == referralId);

    [Fact]
    public async Task Each_status_change_is_dated_and_signed_and_the_history_grows()
    {
        var (_, ids) = await ReferAsync("Josiane", "demo-ccas");
        var appointment = Start.AddDays(5).AddHours(5);

        _clock.Now = Start.AddDays(1);
        Assert.Equal(ReferralChange.Done, await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.Accepted, null));
        _clock.Now = Start.AddDays(2);
        Assert.Equal(ReferralChange.Done, await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.AppointmentMade, appointment));
        _clock.Now = Start.AddDays(6);
        Assert.Equal(ReferralChange.Done, await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.Done, null));

        var view = await ViewAsync(ids[0]);
        Assert.Equal((ReferralStatus.Done, Start, Start.AddDays(6)), (view.Status, view.CreatedAt, view.StatusAt));
        Assert.Equal(
            [(ReferralStatus.Proposed, Start), (ReferralStatus.Accepted, Start.AddDays(1)), (ReferralStatus.AppointmentMade, Start.AddDays(2)), (ReferralStatus.Done, Start.AddDays(6))],
            view.History.Select(h => (h.Status, h.At)));
        Assert.All(view.History, h => Assert.Equal((_mediatorA.UserId, _mediatorA.Name), (h.ById, h.ByName)));
        // The appointment date stays on the referral after it is done.
        Assert.Equal(appointment, view.AppointmentAt);
        Assert.Equal(3, await _world.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.ChangedReferral && a.TargetId == ids[0].ToString())));
    }

    [Fact]
    public async Task An_appointment_keeps_its_date_and_a_new_date_for_the_same_status_adds_no_history_row()
    {
        var (_, ids) = await ReferAsync("Josiane", "demo-ccas");
        var first = Start.AddDays(3).AddHours(5);
        var moved = Start.AddDays(4).AddHours(6);

        await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.AppointmentMade, first);
        Assert.Equal(first, (await ViewAsync(ids[0])).AppointmentAt);

        _clock.Now = Start.AddDays(1);
        Assert.Equal(ReferralChange.Done, await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.AppointmentMade, moved));
        var view = await ViewAsync(ids[0]);
        Assert.Equal(moved, view.AppointmentAt);
        Assert.Equal([ReferralStatus.Proposed, ReferralStatus.AppointmentMade], view.History.Select(h => h.Status));
        Assert.Equal(Start, view.StatusAt);
    }

    [Fact]
    public async Task Setting_the_status_it_already_has_changes_nothing()
    {
        var (_, ids) = await ReferAsync("Josiane", "demo-ccas");
        _clock.Now = Start.AddDays(3);

        Assert.Equal(ReferralChange.Done, await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.Proposed, null));

        var view = await ViewAsync(ids[0]);
        Assert.Single(view.History);
        Assert.Equal(Start, view.StatusAt);
    }

    [Fact]
    public async Task An_undefined_status_is_refused()
    {
        var (_, ids) = await ReferAsync("Josiane", "demo-ccas");

        Assert.Equal(ReferralChange.BadStatus, await FollowUp.SetStatusAsync(_mediatorA, ids[0], (ReferralStatus)42, null));
        Assert.Equal(ReferralStatus.Proposed, (await ViewAsync(ids[0])).Status);
    }

    [Fact]
    public async Task A_proposed_referral_is_to_follow_up_after_fourteen_quiet_days_and_not_before()
    {
        var (_, ids) = await ReferAsync("Josiane", "demo-ccas");
        var toFollowUp = new ReferralQuery { ToFollowUpOnly = true };

        _clock.Now = Start.AddDays(14).AddMinutes(-1);
        Assert.Empty(await FollowUp.ListAsync(_mediatorA, toFollowUp, "fr"));

        _clock.Now = Start.AddDays(14);
        Assert.Equal(ids, (await FollowUp.ListAsync(_mediatorA, toFollowUp, "fr")).Select(r => r.Id));

        // News resets the count.
        await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.Accepted, null);
        Assert.Empty(await FollowUp.ListAsync(_mediatorA, toFollowUp, "fr"));
    }

    [Fact]
    public async Task An_appointment_is_to_follow_up_once_its_date_has_passed()
    {
        var (_, ids) = await ReferAsync("Josiane", "demo-ccas");
        var appointment = Start.AddDays(3);
        await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.AppointmentMade, appointment);
        var toFollowUp = new ReferralQuery { ToFollowUpOnly = true };

        _clock.Now = appointment.AddMinutes(-1);
        Assert.Empty(await FollowUp.ListAsync(_mediatorA, toFollowUp, "fr"));
        _clock.Now = appointment.AddMinutes(1);
        Assert.Single(await FollowUp.ListAsync(_mediatorA, toFollowUp, "fr"));
    }

    public static TheoryData<ReferralStatus, int, bool, bool> FollowUpCases => new()
    {
        // status, days since the last change, appointment 1 day after the change?, to follow up
        { ReferralStatus.Proposed, 13, false, false },
        { ReferralStatus.Proposed, 14, false, true },
        { ReferralStatus.Accepted, 14, false, true },
        { ReferralStatus.AppointmentMade, 14, false, true },
        { ReferralStatus.AppointmentMade, 30, true, true },
        { ReferralStatus.AppointmentMade, 0, true, false },
        { ReferralStatus.Done, 400, false, false },
        { ReferralStatus.Abandoned, 400, false, false },
    };

    [Theory]
    [MemberData(nameof(FollowUpCases))]
    public void Needs_follow_up_depends_on_the_status_the_quiet_days_and_the_appointment(ReferralStatus status, int quietDays, bool withAppointment, bool expected)
    {
        var card = new PlaceCard(1, "Lieu (fictif)", "1 rue", "00000", "Ville", null, null, null, null, [], [], true, null, true);
        var view = new ReferralView(Guid.NewGuid(), Guid.NewGuid(), null, null, card, [], null, 1, status, Start, Start,
            withAppointment ? Start.AddDays(1) : null, []);

        Assert.Equal(expected, ReferralFollowUpService.NeedsFollowUp(view, Start.AddDays(quietDays)));
    }

    [Fact]
    public async Task The_list_filters_by_status_and_by_search_text_ignoring_accents_and_case()
    {
        var (josephine, ofJosephine) = await ReferAsync("Joséphine", "demo-ccas", "demo-mediatheque");
        var (_, ofMarcel) = await ReferAsync("Marcel", "demo-point-caf");
        await FollowUp.SetStatusAsync(_mediatorA, ofJosephine[1], ReferralStatus.Accepted, null);

        var accepted = await FollowUp.ListAsync(_mediatorA, new ReferralQuery { Status = ReferralStatus.Accepted }, "fr");
        Assert.Equal([ofJosephine[1]], accepted.Select(r => r.Id));

        var byPerson = await FollowUp.ListAsync(_mediatorA, new ReferralQuery { Search = " JOSEPHINE " }, "fr");
        Assert.Equal(ofJosephine.Order(), byPerson.Select(r => r.Id).Order());
        Assert.All(byPerson, r => Assert.Equal(("Joséphine", josephine.PersonId), (r.Nickname, r.BeneficiaryId)));

        var byPlace = await FollowUp.ListAsync(_mediatorA, new ReferralQuery { Search = "mediatheque" }, "fr");
        Assert.Equal([ofJosephine[1]], byPlace.Select(r => r.Id));

        var both = await FollowUp.ListAsync(_mediatorA, new ReferralQuery { Search = "marcel", Status = ReferralStatus.Accepted }, "fr");
        Assert.Empty(both);
        Assert.Equal(ofMarcel, (await FollowUp.ListAsync(_mediatorA, new ReferralQuery { Search = "marcel" }, "fr")).Select(r => r.Id));
    }

    [Fact]
    public async Task The_list_sorts_by_person_by_place_by_status_and_by_status_date_either_way()
    {
        await ReferAsync("Zoé", "demo-ccas");
        _clock.Now = Start.AddHours(1);
        var (_, ofAlain) = await ReferAsync("Alain", "demo-point-caf", "demo-mediatheque");
        _clock.Now = Start.AddHours(2);
        await FollowUp.SetStatusAsync(_mediatorA, ofAlain[0], ReferralStatus.Done, null);

        async Task<List<string>> ColumnAsync(ReferralSort sort, bool descending, Func<ReferralView, string> value) =>
            [.. (await FollowUp.ListAsync(_mediatorA, new ReferralQuery { Sort = sort, Descending = descending }, "fr")).Select(value)];

        Assert.Equal(["Alain", "Alain", "Zoé"], await ColumnAsync(ReferralSort.Person, false, r => r.Nickname!));
        Assert.Equal(["Zoé", "Alain", "Alain"], await ColumnAsync(ReferralSort.Person, true, r => r.Nickname!));
        Assert.Equal(["CCAS de Ville-Démo (démo)", "Médiathèque des Quatre-Vents (démo)", "Point numérique CAF de Ville-Démo (démo)"],
            await ColumnAsync(ReferralSort.Place, false, r => r.Place.Name));
        Assert.Equal(["Proposed", "Proposed", "Done"], await ColumnAsync(ReferralSort.Status, false, r => r.Status.ToString()));
        // Status date: Zoé's (Start), Alain's médiathèque (Start + 1 h), Alain's CAF done (Start + 2 h).
        Assert.Equal(["CCAS de Ville-Démo (démo)", "Médiathèque des Quatre-Vents (démo)", "Point numérique CAF de Ville-Démo (démo)"],
            await ColumnAsync(ReferralSort.StatusDate, false, r => r.Place.Name));
        Assert.Equal(["Point numérique CAF de Ville-Démo (démo)", "Médiathèque des Quatre-Vents (démo)", "CCAS de Ville-Démo (démo)"],
            await ColumnAsync(ReferralSort.StatusDate, true, r => r.Place.Name));
    }

    [Fact]
    public async Task A_mediator_of_another_structure_never_sees_nor_changes_the_referrals()
    {
        var (check, ids) = await ReferAsync("Josiane", "demo-ccas");

        Assert.Empty(await FollowUp.ListAsync(_mediatorB, new ReferralQuery(), "fr"));
        Assert.Empty(await FollowUp.OfPersonAsync(_mediatorB, check.PersonId, "fr"));
        Assert.Equal(ReferralChange.NotFound, await FollowUp.SetStatusAsync(_mediatorB, ids[0], ReferralStatus.Abandoned, null));

        Assert.Equal(ids, (await FollowUp.OfPersonAsync(_mediatorA, check.PersonId, "fr")).Select(r => r.Id));
        Assert.Equal(ReferralStatus.Proposed, (await ViewAsync(ids[0])).Status);
    }

    [Fact]
    public async Task Erasing_the_person_erases_their_referrals_history_and_orientation_profile_and_keeps_the_places()
    {
        var (check, ids) = await ReferAsync("Josiane", "demo-ccas", "demo-point-caf");
        var (_, kept) = await ReferAsync("Marcel", "demo-ccas");
        await FollowUp.SetStatusAsync(_mediatorA, ids[0], ReferralStatus.Accepted, null);
        Assert.True(await _world.Orientation(_clock).SaveProfileAsync(_mediatorA, check.CheckId, new OrientationInput { Urgent = true }));
        var erasure = _world.Factory.Services.GetRequiredService<PersonErasure>();

        Assert.Equal(ErasureOutcome.Erased, await erasure.EraseAsync(_mediatorA, check.PersonId, "Josiane"));

        await _world.InDatabaseAsync(async db =>
        {
            Assert.False(await db.Referrals.AnyAsync(r => r.CheckId == check.CheckId || r.BeneficiaryId == check.PersonId));
            Assert.False(await db.ReferralStatusChanges.AnyAsync(h => ids.Contains(h.ReferralId)));
            Assert.False(await db.OrientationProfiles.AnyAsync(p => p.CheckId == check.CheckId));
            Assert.Equal(kept, await db.Referrals.Select(r => r.Id).ToListAsync());
            Assert.Equal(12, await db.DirectoryPlaces.CountAsync());
            return 0;
        });
    }
}
