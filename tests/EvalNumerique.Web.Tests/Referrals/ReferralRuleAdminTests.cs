using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Referrals.Orientation;
using EvalNumerique.Web.Features.Referrals.Rules;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>Rules are data: an admin's edit changes the next suggestions, a reset puts the shipped rule back, and nobody else may edit.</summary>
public sealed class ReferralRuleAdminTests : IAsyncLifetime
{
    private StaffWorld _world = default!;
    private StaffScope _admin = default!;
    private StaffScope _mediatorA = default!;

    public async Task InitializeAsync()
    {
        _world = await StaffWorld.CreateAsync();
        _admin = await _world.ScopeOfAsync(StaffWorld.Admin);
        _mediatorA = await _world.ScopeOfAsync(StaffWorld.MediatorA);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private ReferralRuleAdmin Rules => new(_world.DbFactory(), new AuditLog(_world.DbFactory(), TimeProvider.System), TimeProvider.System);

    private async Task<(int Id, ReferralRuleForm Form)> RuleAsync(string key)
    {
        var rule = (await Rules.ListAsync()).Single(r => r.Key == key);
        return (rule.Id, ReferralRuleAdmin.FormOf(rule));
    }

    [Fact]
    public async Task The_defaults_are_seeded_once_and_listed_by_weight()
    {
        var rules = await Rules.ListAsync();

        Assert.Equal(DefaultReferralRules.Create(DateTimeOffset.UtcNow).Select(r => r.Key).Order(StringComparer.Ordinal), rules.Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Equal(rules.Select(r => r.Weight).OrderDescending(), rules.Select(r => r.Weight));
        Assert.All(rules, rule => Assert.Empty(ReferralRuleAdmin.Validate(ReferralRuleAdmin.FormOf(rule))));
    }

    [Fact]
    public async Task Switching_a_rule_off_takes_it_out_of_the_suggestions_and_a_reset_brings_it_back()
    {
        await _world.ImportDemoDirectoryAsync();
        var check = await _world.FinishedCheckAsync(_world.StructureA.Id, "Josiane");
        var orientation = _world.Orientation();
        Assert.True(await orientation.SaveProfileAsync(_mediatorA, check.CheckId, new OrientationInput { SpecificNeeds = ["illiteracy"] }));
        Assert.Contains((await orientation.LoadAsync(_mediatorA, check.CheckId, "fr"))!.Suggestions, s => s.RuleKeys.Contains("illiteracy"));
        var (id, form) = await RuleAsync("illiteracy");
        form.Enabled = false;

        Assert.True(await Rules.SaveAsync(_admin, id, form));
        Assert.DoesNotContain((await orientation.LoadAsync(_mediatorA, check.CheckId, "fr"))!.Suggestions, s => s.RuleKeys.Contains("illiteracy"));

        Assert.True(await Rules.ResetAsync(_admin, id));
        Assert.Contains((await orientation.LoadAsync(_mediatorA, check.CheckId, "fr"))!.Suggestions, s => s.RuleKeys.Contains("illiteracy"));
        Assert.Equal(2, await _world.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.EditedReferralRule && a.TargetId == "illiteracy")));
    }

    [Fact]
    public async Task An_edited_reason_is_what_the_mediator_reads()
    {
        await _world.ImportDemoDirectoryAsync();
        var check = await _world.FinishedCheckAsync(_world.StructureA.Id, "Josiane");
        var orientation = _world.Orientation();
        await orientation.SaveProfileAsync(_mediatorA, check.CheckId, new OrientationInput { SpecificNeeds = ["illiteracy"] });
        var (id, form) = await RuleAsync("illiteracy");
        form.ReasonFr = "  Ici, on prend le temps de lire avec vous.  ";

        Assert.True(await Rules.SaveAsync(_admin, id, form));

        var suggestion = (await orientation.LoadAsync(_mediatorA, check.CheckId, "fr"))!.Suggestions.First(s => s.RuleKeys.Contains("illiteracy"));
        Assert.Contains("Ici, on prend le temps de lire avec vous.", suggestion.Reasons);
    }

    [Fact]
    public async Task A_mediator_cannot_edit_or_reset_and_an_invalid_form_is_not_saved()
    {
        var (id, form) = await RuleAsync("illiteracy");
        var before = (await Rules.ListAsync()).Single(r => r.Id == id);
        form.Weight = 99;

        Assert.False(await Rules.SaveAsync(_mediatorA, id, form));
        Assert.False(await Rules.ResetAsync(_mediatorA, id));

        form.OffersAny = "";
        Assert.Contains((nameof(ReferralRuleForm.OffersAny), "RuleOffersEmpty"), ReferralRuleAdmin.Validate(form));
        Assert.False(await Rules.SaveAsync(_admin, id, form));

        Assert.Equal(before.Weight, (await Rules.ListAsync()).Single(r => r.Id == id).Weight);
        Assert.False(await _world.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.EditedReferralRule)));
    }
}
