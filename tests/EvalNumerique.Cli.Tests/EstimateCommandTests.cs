using System.Text.Json;

namespace EvalNumerique.Cli.Tests;

public sealed class EstimateCommandTests
{
    private const string Bank = """
        {"D": 1.0, "items": [
          {"id": "i1", "a": 1.0, "b": -1.0},
          {"id": "i2", "a": 1.2, "b": 0.0, "domain": "safety"},
          {"id": "i3", "a": 0.8, "b": 1.0, "c": 0.0, "d": 1.0}
        ]}
        """;

    [Fact]
    public void Estimate_answers_one_line_per_request_with_theta_and_se()
    {
        using var bank = new TempFile(Bank);
        var run = CliRun.Of("""
            {"responses": [{"item": "i1", "score": 1}, {"item": "i2", "score": 0}, {"item": "i3", "score": 1}], "method": "MLE"}

            {"responses": [{"item": "i1", "score": 1}], "method": "eap", "prior": {"mean": 0, "sd": 1}, "quadrature": {"points": 61, "min": -6, "max": 6}}
            """, "estimate", "--bank", bank.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        using var first = JsonDocument.Parse(run.OutputLines[0]);
        Assert.Equal(["theta", "se"], first.RootElement.EnumerateObject().Select(p => p.Name));
        // Baker (2001), ch. 5: θ̂ = .3249; SE 1/√I(θ̂) = 1.2296 (Golden/README.md).
        Assert.Equal(0.3248462760509213, first.RootElement.GetProperty("theta").GetDouble(), 1e-9);
        Assert.Equal(1.2295686222, first.RootElement.GetProperty("se").GetDouble(), 1e-8);
    }

    [Fact]
    public void A_bad_line_names_its_line_and_field_and_the_next_lines_are_still_answered()
    {
        using var bank = new TempFile(Bank);
        var run = CliRun.Of("""
            {"responses": [{"item": "i1", "score": 1}]}
            {"responses": [{"item": "nope", "score": 1}]}
            {"responses": [{"item": "i1", "score": 2}]}
            not json
            {"responses": [{"item": "i1", "score": 0}], "method": "BAYES"}
            {"responses": [], "method": "MLE"}
            {"responses": [{"item": "i2", "score": 0}]}
            """, "estimate", "--bank", bank.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(7, run.OutputLines.Length);
        Assert.StartsWith("{\"theta\":", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("line 2: responses[0].item: unknown item id 'nope'", run.OutputLines[1], StringComparison.Ordinal);
        Assert.Contains("line 3: responses[0].score: must be 0 or 1", run.OutputLines[2], StringComparison.Ordinal);
        Assert.Contains("line 4: malformed JSON", run.OutputLines[3], StringComparison.Ordinal);
        Assert.Contains("line 5: method: 'BAYES' is not one of EAP, MAP, MLE, WLE", run.OutputLines[4], StringComparison.Ordinal);
        Assert.Contains("line 6: responses: MLE needs at least one response", run.OutputLines[5], StringComparison.Ordinal);
        Assert.StartsWith("{\"theta\":", run.OutputLines[6], StringComparison.Ordinal);
        Assert.Equal(5, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("""{"items": [{"id": "x", "a": 0, "b": 0}]}""", "items[0].a", "a must be a finite number > 0")]
    [InlineData("""{"items": [{"id": "x", "a": 1, "b": 0, "c": 0.5, "d": 0.4}]}""", "items[0].c", "c must be smaller than d")]
    [InlineData("""{"items": [{"id": "x", "a": 1}]}""", "items[0].b", "must be a number")]
    [InlineData("""{"items": [{"id": "x", "a": 1, "b": 0}, {"id": "x", "a": 1, "b": 1}]}""", "items[1].id", "appears twice")]
    [InlineData("""{"D": -1, "items": [{"id": "x", "a": 1, "b": 0}]}""", "D", "must be > 0")]
    [InlineData("""{"items": [}""", ":1:", "malformed JSON")]
    public void An_invalid_bank_is_refused_with_the_field_and_exit_code_2(string bankJson, string field, string message)
    {
        using var bank = new TempFile(bankJson);
        var run = CliRun.Of("{}", "estimate", "--bank", bank.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(field, run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_bank_error_names_the_line_of_the_item()
    {
        using var bank = new TempFile("{\n  \"items\": [\n    {\"id\": \"ok\", \"a\": 1, \"b\": 0},\n    {\"id\": \"bad\", \"a\": -2, \"b\": 0}\n  ]\n}");
        var run = CliRun.Of("{}", "estimate", "--bank", bank.Path);
        Assert.Contains($"{bank.Path}:4: items[1]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_bank_file_is_a_clear_error()
    {
        var run = CliRun.Of("{}", "estimate", "--bank", "/nonexistent/bank.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot read the bank file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(2, CliRun.Of("", "estimate").ExitCode);
        Assert.Equal(2, CliRun.Of("", "frobnicate").ExitCode);
        Assert.Equal(2, CliRun.Of("", []).ExitCode);
        Assert.Equal(0, CliRun.Of("", "--help").ExitCode);
        using var bank = new TempFile(Bank);
        Assert.Contains("unknown flag --bnak", CliRun.Of("", "estimate", "--bank", bank.Path, "--bnak", "x").Error, StringComparison.Ordinal);
    }
}
