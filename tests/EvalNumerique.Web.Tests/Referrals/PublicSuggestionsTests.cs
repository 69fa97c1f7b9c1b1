using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>A person who took the check alone looks for places near a postal code; a check of a structure leaves that to its mediator.</summary>
public sealed class PublicSuggestionsTests : IAsyncLifetime
{
    private StaffWorld _world = default!;

    public async Task InitializeAsync()
    {
        _world = await StaffWorld.CreateAsync();
        await _world.ImportDemoDirectoryAsync();
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private PublicSuggestions Suggestions => _world.Factory.Services.GetRequiredService<PublicSuggestions>();

    private async Task<string> AnonymousFinishedCheckAsync()
    {
        var checks = _world.Factory.Services.GetRequiredService<CheckService>();
        var state = await checks.StartAsync();
        await checks.FinishPracticeAsync(state.ResumeCode);
        state = await checks.SaveNeedsAsync(state.ResumeCode, ["caf"], new Dictionary<string, string> { ["smartphone"] = "yes", ["computer"] = "no", ["internet"] = "no", ["email"] = "no" });
        while (state.Stage != CheckStage.Finished)
            state = (await checks.AnswerAsync(state.ResumeCode, state.CurrentItem!.Id, Response.DontKnow, 3000)).State;
        return state.ResumeCode;
    }

    [Fact]
    public async Task An_anonymous_check_gets_up_to_three_places_near_the_postal_code_with_their_reasons()
    {
        string code = await AnonymousFinishedCheckAsync();
        Assert.True(await Suggestions.OffersAsync(code));
        var near = await Suggestions.NearAsync(code, "00000", "fr");
        Assert.NotNull(near);
        Assert.InRange(near.Count, 1, PublicSuggestions.Count);
        Assert.All(near, s => Assert.NotEmpty(s.Reasons));
        // No device nor internet at home: a place for equipment is among them.
        Assert.Contains(near, s => s.RuleKeys.Contains("equipment"));
        Assert.All(near, s => Assert.NotNull(s.DistanceKm));
    }

    [Fact]
    public async Task A_town_name_works_as_well_ignoring_accents_and_an_unknown_place_gives_none()
    {
        string code = await AnonymousFinishedCheckAsync();
        Assert.NotEmpty((await Suggestions.NearAsync(code, "ville-demo (fictive)", "fr"))!);
        Assert.Empty((await Suggestions.NearAsync(code, "99999", "fr"))!);
        Assert.Empty((await Suggestions.NearAsync(code, "", "fr"))!);
    }

    [Fact]
    public async Task A_check_of_a_structure_is_left_to_its_mediator()
    {
        var check = await _world.FinishedCheckAsync(_world.StructureA.Id, "Aline");
        Assert.False(await Suggestions.OffersAsync(check.Code));
        Assert.Null(await Suggestions.NearAsync(check.Code, "00000", "fr"));
    }
}
