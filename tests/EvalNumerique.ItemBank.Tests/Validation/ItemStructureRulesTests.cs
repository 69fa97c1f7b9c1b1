using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;
using static EvalNumerique.ItemBank.Tests.Support.DiagnosticAssert;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class ItemStructureRulesTests
{
    [Fact]
    public void File_without_front_matter_is_reported_on_line_1_and_skipped()
    {
        using var temp = new TempBank().Write(Paths.YesNo, "Votre banque vous demande votre code.\n");
        var bank = temp.Load();

        Assert.Equal(1, Single(bank, Paths.YesNo, RuleIds.FrontMatter).Line);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "answer: no\nfeedback: \"Une banque ne demande jamais votre code par e-mail.\"\n---", "answer: no\n");
        var bank = temp.Load();

        Assert.Contains("not closed", Single(bank, Paths.YesNo, RuleIds.FrontMatter).Message, StringComparison.Ordinal);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_in_the_md_file()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "answer: no", "answer: [no");
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.YesNo, RuleIds.Yaml);
        Assert.InRange(diagnostic.Line, LineOf(temp, Paths.YesNo, "answer: [no"), LineOf(temp, Paths.YesNo, "feedback:"));
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Missing_required_field_is_reported_with_an_example_to_add()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "feedback: \"Une banque ne demande jamais votre code par e-mail.\"\n", string.Empty);
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.YesNo, RuleIds.RequiredField);
        Assert.Contains("'feedback'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: add 'feedback:", diagnostic.Message, StringComparison.Ordinal);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Unknown_field_is_a_warning_with_its_line_and_a_spelling_suggestion()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "version: 1", "version: 1\nfedback: \"Oups\"");
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.YesNo, RuleIds.UnknownField, DiagnosticSeverity.Warning);
        Assert.Equal(LineOf(temp, Paths.YesNo, "fedback:"), diagnostic.Line);
        Assert.Contains("did you mean 'feedback'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(bank.Items, i => i.SourcePath == Paths.YesNo);
    }

    [Fact]
    public void Field_of_another_type_is_a_warning()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "answer: no", "answer: no\nchoices: [{ id: a, text: Oui }]");
        var bank = temp.Load();

        Assert.Contains("not used by type 'yes-no'", Single(bank, Paths.YesNo, RuleIds.UnknownField, DiagnosticSeverity.Warning).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_type_is_reported_with_a_suggestion()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "type: yes-no", "type: yesno");
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.YesNo, RuleIds.TypeUnknown);
        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("did you mean 'yes-no'?", diagnostic.Message, StringComparison.Ordinal);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Unknown_status_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "status: live", "status: published");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.YesNo, "status:"), Single(bank, Paths.YesNo, RuleIds.StatusUnknown).Line);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void Value_of_the_wrong_kind_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "level: 3", "level: trois");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.YesNo, "level:"), Single(bank, Paths.YesNo, RuleIds.ValueKind).Line);
        Skipped(bank, Paths.YesNo);
    }

    [Fact]
    public void A_broken_file_never_stops_the_rest_of_the_bank_from_loading()
    {
        using var temp = new TempBank()
            .Write(Paths.YesNo, "---\n: : :\n\t- [\n---\n")
            .Write("items/safety/scams/safety-scams-009.md", "\0\u0001 binary garbage ---");
        var bank = temp.Load();

        Assert.Equal(10, bank.ItemFileCount);
        Assert.Equal(8, bank.Items.Count);
        Assert.Contains(bank.Errors, d => d.Path == Paths.YesNo);
        Assert.Contains(bank.Errors, d => d.Path == "items/safety/scams/safety-scams-009.md");
    }
}
