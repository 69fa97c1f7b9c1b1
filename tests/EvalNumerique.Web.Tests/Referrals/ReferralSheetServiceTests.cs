using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>The referral sheet built from the database: for the person by their code, and for staff of the structure.</summary>
public sealed class ReferralSheetServiceTests : IAsyncLifetime
{
    private StaffWorld _world = default!;
    private StaffScope _mediatorA = default!;
    private FinishedCheck _check = default!;
    private List<Guid> _referrals = default!;

    public async Task InitializeAsync()
    {
        _world = await StaffWorld.CreateAsync();
        await _world.ImportDemoDirectoryAsync();
        _mediatorA = await _world.ScopeOfAsync(StaffWorld.MediatorA);
        _check = await _world.FinishedCheckAsync(_world.StructureA.Id, "Josiane", ["caf", "health"],
            new Dictionary<string, string> { ["smartphone"] = "yes", ["computer"] = "no", ["internet"] = "yes", ["email"] = "no" });
        var orientation = _world.Orientation();
        foreach (string sourceId in new[] { "demo-ccas", "demo-point-caf", "demo-mediatheque" })
            Assert.Equal(ReferralChange.Done, await orientation.ChooseAsync(_mediatorA, _check.CheckId, await _world.PlaceIdAsync(sourceId), [], sourceId == "demo-ccas" ? "Pour le RSA" : null));
        _referrals = await _world.InDatabaseAsync(db => db.Referrals.Where(r => r.CheckId == _check.CheckId).OrderBy(r => r.Position).Select(r => r.Id).ToListAsync());
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task The_person_s_sheet_lists_only_the_chosen_places_not_abandoned_in_the_sheet_order()
    {
        var orientation = _world.Orientation();
        Assert.Equal(ReferralChange.Done, await orientation.MoveAsync(_mediatorA, _referrals[1], up: true));
        Assert.Equal(ReferralChange.Done, await _world.FollowUp().SetStatusAsync(_mediatorA, _referrals[2], ReferralStatus.Abandoned, null));

        var sheet = await _world.Sheets().ForPersonAsync(_check.Code, "fr");

        Assert.NotNull(sheet);
        Assert.Equal(["Point numérique CAF de Ville-Démo (démo)", "CCAS de Ville-Démo (démo)"], sheet.Places.Select(p => p.Place.Name));
        Assert.Equal([1, 2], sheet.Places.Select(p => p.Number));
        Assert.Equal([null, "Pour le RSA"], sheet.Places.Select(p => p.Note));
        // The person's own sheet never carries their nickname.
        Assert.Null(sheet.Nickname);
        Assert.Equal((_check.CheckId, _check.Code, "CCAS A"), (sheet.CheckId, sheet.ResumeCode, sheet.StructureName));
    }

    [Fact]
    public async Task Suggestions_the_mediator_did_not_choose_are_not_on_the_sheet()
    {
        var view = await _world.Orientation().LoadAsync(_mediatorA, _check.CheckId, "fr");
        var chosen = view!.Referrals.Select(r => r.Place.Id).ToHashSet();
        Assert.Contains(view.Suggestions, s => !chosen.Contains(s.Place.Id));

        var sheet = await _world.Sheets().ForPersonAsync(_check.Code, "fr");

        Assert.Equal(chosen.Order(), sheet!.Places.Select(p => p.Place.Id).Order());
    }

    [Fact]
    public async Task What_to_bring_follows_the_person_s_needs_and_equipment()
    {
        var sheet = await _world.Sheets().ForPersonAsync(_check.Code, "fr");

        // caf → CAF number, health → carte Vitale, a smartphone → the phone; no e-mail → no password to bring.
        Assert.Equal(["BringId", "BringLetter", "BringCafNumber", "BringVitale", "BringPhone"], sheet!.WhatToBring);
    }

    [Fact]
    public async Task The_pathway_is_the_result_s_and_has_at_most_three_steps()
    {
        var result = await _world.Factory.Services.GetRequiredService<CheckService>().ResultAsync(_check.Code, "fr");

        var sheet = await _world.Sheets().ForPersonAsync(_check.Code, "fr");

        Assert.InRange(sheet!.Pathway.Count, 1, 3);
        Assert.Equal(result.Pathway.Select(s => s.Title), sheet.Pathway.Select(s => s.Title));
    }

    [Fact]
    public async Task An_unknown_code_or_an_unfinished_check_gives_no_sheet()
    {
        var personId = await _world.AddPersonAsync(_world.StructureA.Id, "Paul");
        var unfinished = await _world.Factory.Services.GetRequiredService<CheckService>().InviteAsync(personId, _mediatorA.UserId);

        Assert.Null(await _world.Sheets().ForPersonAsync("ZZZZZZ", "fr"));
        Assert.Null(await _world.Sheets().ForPersonAsync("", "fr"));
        Assert.Null(await _world.Sheets().ForPersonAsync(unfinished.Code, "fr"));
    }

    [Fact]
    public async Task The_code_is_read_as_the_result_page_reads_it_in_any_case_with_spaces_or_dashes()
    {
        string typed = string.Join('-', _check.Code.ToLowerInvariant().Chunk(3).Select(c => new string(c)));
        Assert.NotNull(await _world.Factory.Services.GetRequiredService<CheckService>().FindAsync(typed));

        var sheet = await _world.Sheets().ForPersonAsync(typed, "fr");

        Assert.NotNull(sheet);
        Assert.Equal(_check.CheckId, sheet.CheckId);
    }

    [Fact]
    public async Task Staff_of_the_structure_get_the_sheet_with_the_nickname_and_it_is_audited_others_get_nothing()
    {
        var sheets = _world.Sheets();

        var staff = await sheets.ForStaffAsync(_mediatorA, _check.CheckId, "fr");
        var other = await sheets.ForStaffAsync(await _world.ScopeOfAsync(StaffWorld.MediatorB), _check.CheckId, "fr");

        Assert.Equal("Josiane", staff!.Nickname);
        Assert.Equal(3, staff.Places.Count);
        Assert.Null(other);
        var entry = await _world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ViewedReferralSheet));
        Assert.Equal((_check.CheckId.ToString(), (int?)_world.StructureA.Id), (entry.TargetId, entry.StructureId));
    }
}
