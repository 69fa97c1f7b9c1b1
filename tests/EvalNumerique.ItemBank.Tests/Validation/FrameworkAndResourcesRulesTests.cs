using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;
using static EvalNumerique.ItemBank.Tests.Support.DiagnosticAssert;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class FrameworkAndResourcesRulesTests
{
    private const string Framework = "framework.yaml";
    private const string Resources = "resources.yaml";

    [Fact]
    public void Competence_with_three_levels_is_reported()
    {
        using var temp = new TempBank().Edit(Framework, "          - { level: 4, can_do: \"Je sais quoi faire après une arnaque.\" }\n", string.Empty);
        var bank = temp.Load();

        var diagnostic = Single(bank, Framework, RuleIds.Framework);
        Assert.Contains("levels [1, 2, 3]", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(temp, Framework, "        levels:"), diagnostic.Line);
    }

    [Fact]
    public void Level_without_can_do_is_reported()
    {
        using var temp = new TempBank().Edit(Framework, "{ level: 2, can_do: \"Je sais faire glisser mon doigt.\" }", "{ level: 2 }");
        var bank = temp.Load();

        Assert.Contains(bank.Errors, d => d.Path == Framework && d.Rule == RuleIds.RequiredField && d.Line == LineOf(temp, Framework, "{ level: 2 }"));
    }

    [Fact]
    public void Competence_id_used_twice_is_reported()
    {
        using var temp = new TempBank().Edit(Framework, "id: device.touch", "id: safety.scams");

        Assert.Contains(temp.Load().Errors, d => d.Path == Framework && d.Rule == RuleIds.Framework && d.Message.Contains("used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_id_used_twice_is_reported()
    {
        using var temp = new TempBank().Edit(Framework, "  - id: device", "  - id: safety");

        Assert.Contains(temp.Load().Errors, d => d.Path == Framework && d.Message.StartsWith("domain id 'safety' is used twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_framework_is_reported_and_items_still_load()
    {
        using var temp = new TempBank().Delete(Framework);
        var bank = temp.Load();

        Single(bank, Framework, RuleIds.FileUnreadable);
        Assert.Equal(9, bank.Items.Count);
    }

    [Fact]
    public void Resource_for_an_unknown_competence_is_reported()
    {
        using var temp = new TempBank().Edit(Resources, "competence: device.touch", "competence: device.tactile");

        Assert.Equal(LineOf(temp, Resources, "device.tactile"), Single(temp.Load(), Resources, RuleIds.Resources).Line);
    }

    [Fact]
    public void Resource_for_a_level_that_does_not_exist_is_reported()
    {
        using var temp = new TempBank().Edit(Resources, "level: 2", "level: 5");

        Single(temp.Load(), Resources, RuleIds.Resources);
    }

    [Fact]
    public void Step_of_an_unknown_type_is_reported()
    {
        using var temp = new TempBank().Edit(Resources, "type: video", "type: podcast");

        Assert.Equal(LineOf(temp, Resources, "podcast"), Single(temp.Load(), Resources, RuleIds.Resources).Line);
    }

    [Fact]
    public void Step_id_used_twice_is_reported()
    {
        using var temp = new TempBank().Edit(Resources, "id: scams-1-workshop", "id: scams-1-video");

        Assert.Contains("used twice", Single(temp.Load(), Resources, RuleIds.Resources).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Competence_without_an_item_at_some_level_is_a_coverage_warning_on_its_framework_line()
    {
        using var temp = new TempBank().Delete(Paths.YesNo);
        var bank = temp.Load();

        var diagnostic = Single(bank, Framework, RuleIds.Coverage, DiagnosticSeverity.Warning);
        Assert.Contains("'safety.scams' has no item at level 3", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(temp, Framework, "- id: safety.scams"), diagnostic.Line);
        Assert.False(bank.HasErrors);
    }
}
