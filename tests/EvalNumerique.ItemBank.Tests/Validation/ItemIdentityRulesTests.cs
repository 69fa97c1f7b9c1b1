using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;
using static EvalNumerique.ItemBank.Tests.Support.DiagnosticAssert;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class ItemIdentityRulesTests
{
    [Fact]
    public void Id_that_does_not_follow_domain_competence_number_is_reported()
    {
        const string path = "items/safety/scams/scams-3.md";
        using var temp = new TempBank().Delete(Paths.YesNo)
            .Write(path, new TempBank().Read(Paths.YesNo).Replace("id: safety-scams-003", "id: scams-3", StringComparison.Ordinal));
        var bank = temp.Load();

        var diagnostic = Single(bank, path, RuleIds.IdFormat);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("safety-scams-001", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_that_is_not_the_file_name_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "id: safety-scams-003", "id: safety-scams-033");
        var bank = temp.Load();

        Assert.Equal(2, Single(bank, Paths.YesNo, RuleIds.IdFileName).Line);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Duplicate_id_across_the_bank_is_reported_on_the_second_file_with_the_next_free_id()
    {
        const string copy = "items/safety/scams/safety-scams-005.md";
        using var temp = new TempBank();
        temp.Write(copy, temp.Read(Paths.YesNo));
        var bank = temp.Load();

        var diagnostic = Single(bank, copy, RuleIds.DuplicateId);
        Assert.Contains(Paths.YesNo, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("the next free id, safety-scams-005", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(bank.Items, i => i.SourcePath == Paths.YesNo);
    }

    [Fact]
    public void Competence_that_is_not_in_the_framework_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "competence: safety.scams", "competence: safety.scam");
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.YesNo, RuleIds.CompetenceUnknown);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("did you mean 'safety.scams'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Competence_that_does_not_match_the_folder_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "competence: safety.scams", "competence: device.touch");
        var bank = temp.Load();

        Assert.Contains("items/device/touch/", Single(bank, Paths.YesNo, RuleIds.CompetenceFolder).Message, StringComparison.Ordinal);
        Skipped(bank, Paths.YesNo);
    }

    [Theory]
    [InlineData("level: 0")]
    [InlineData("level: 5")]
    public void Level_outside_1_to_4_is_reported(string level)
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "level: 3", level);
        var bank = temp.Load();

        Assert.Equal(5, Single(bank, Paths.YesNo, RuleIds.LevelRange).Line);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Version_below_1_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "version: 1", "version: 0");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.YesNo, "version:"), Single(bank, Paths.YesNo, RuleIds.VersionRange).Line);
    }

    [Theory]
    [InlineData("a: 0, b: 0.5, c: 0.25, d: 1.0", "a")]
    [InlineData("a: -1, b: 0.5, c: 0.25, d: 1.0", "a")]
    [InlineData("a: 1.0, b: 7, c: 0.25, d: 1.0", "b")]
    [InlineData("a: 1.0, b: .nan, c: 0.25, d: 1.0", "b")]
    [InlineData("a: 1.0, b: .inf, c: 0.25, d: 1.0", "b")]
    [InlineData("a: 1.0, b: 0.5, c: -0.1, d: 1.0", "c")]
    [InlineData("a: 1.0, b: 0.5, c: 0.5, d: 0.5", "c")]
    [InlineData("a: 1.0, b: 0.5, c: 0.2, d: 1.2", "c")]
    public void Irt_values_out_of_range_are_reported(string values, string parameter)
    {
        using var temp = new TempBank().Edit(Paths.Ordering, "a: 0.92, b: 1.71, c: 0.0, d: 0.98", values);
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.Ordering, RuleIds.IrtRange);
        Assert.Contains($"irt {parameter} =", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(temp, Paths.Ordering, "irt:"), diagnostic.Line);
        Skipped(bank, Paths.Ordering);
    }

    [Fact]
    public void Uncalibrated_parameters_that_differ_from_the_prior_are_reported_with_the_right_values()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "b: 0.5, c: 0.25", "b: 0.4, c: 0.25");
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.YesNo, RuleIds.IrtPrior);
        Assert.Contains("a: 1.0, b: 0.5, c: 0.25, d: 1.0, calibrated: false", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(temp, Paths.YesNo, "irt:"), diagnostic.Line);
    }

    [Fact]
    public void Calibrated_parameters_may_differ_from_the_prior()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "b: 0.5, c: 0.25, d: 1.0, calibrated: false", "b: 0.4, c: 0.25, d: 1.0, calibrated: true");

        Assert.Empty(temp.Load().Diagnostics);
    }

    [Fact]
    public void Item_listing_an_enemy_that_does_not_exist_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice, "enemies: [safety-scams-002]", "enemies: [safety-scams-002, safety-scams-099]");
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.SingleChoice, RuleIds.Enemies);
        Assert.Contains("safety-scams-099", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(temp, Paths.SingleChoice, "enemies:"), diagnostic.Line);
    }
}
