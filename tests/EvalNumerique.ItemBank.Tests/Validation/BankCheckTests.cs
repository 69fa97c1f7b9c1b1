using System.Text.Json;
using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class BankCheckTests
{
    [Fact]
    public void A_valid_bank_exits_with_0_and_reports_its_counts()
    {
        using var output = new StringWriter();

        var code = BankCheck.Run(TempBank.ValidBank, output);

        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Contains("Items: 9 loaded of 9 files; simulations: 3", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  safety\.scams +4\r?\n", text);
        Assert.Matches(@"\n  single-choice +1\r?\n", text);
        Assert.Matches(@"\n  simulation +3\r?\n", text);
        Assert.Matches(@"\n  live +7\r?\n", text);
        Assert.Matches(@"\n  4 +3\r?\n", text);
        Assert.EndsWith("Result: OK" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bank_with_an_error_exits_with_1_and_prints_path_line_severity_message()
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice, "answer: b", "answer: e");
        using var output = new StringWriter();

        var code = BankCheck.Run(temp.Root, output);

        Assert.Equal(1, code);
        Assert.Contains($"{Paths.SingleChoice}:{DiagnosticAssert.LineOf(temp, Paths.SingleChoice, "answer:")}: error: answer 'e'", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_check()
    {
        using var temp = new TempBank().Edit(Paths.YesNo, "version: 1", "version: 1\nnote: relire");
        using var output = new StringWriter();

        Assert.Equal(0, BankCheck.Run(temp.Root, output));
        Assert.Contains(": warning: unknown field 'note'", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_has_the_same_counts_and_diagnostics()
    {
        using var temp = new TempBank().Edit(Paths.SingleChoice, "answer: b", "answer: e");
        using var output = new StringWriter();

        var code = BankCheck.Run(temp.Root, output, json: true);

        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(1, code);
        Assert.Equal(9, root.GetProperty("itemFiles").GetInt32());
        Assert.Equal(8, root.GetProperty("items").GetInt32());
        Assert.Equal(3, root.GetProperty("simulations").GetInt32());
        Assert.Equal(3, root.GetProperty("byCompetence").GetProperty("safety.scams").GetInt32());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(Paths.SingleChoice, diagnostic.GetProperty("path").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(RuleIds.Answer, diagnostic.GetProperty("rule").GetString());
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_an_error_not_an_exception()
    {
        using var output = new StringWriter();

        Assert.Equal(1, BankCheck.Run(Path.Combine(Path.GetTempPath(), "no-such-bank-" + Guid.NewGuid()), output));
        Assert.Contains("does not exist", output.ToString(), StringComparison.Ordinal);
    }
}
