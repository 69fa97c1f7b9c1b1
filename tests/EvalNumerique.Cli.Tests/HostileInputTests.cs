using System.Text.Json;

namespace EvalNumerique.Cli.Tests;

/// <summary>Inputs a reviewer found at the edges: each gets an answer or a line error, never a crash.</summary>
public sealed class HostileInputTests
{
    private static JsonElement Answer(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }

    [Fact]
    public void Mirrored_items_tie_exactly_and_the_first_listed_wins()
    {
        using var bank = new TempFile("""{"items": [{"id": "hard", "a": 2.36, "b": 0.8}, {"id": "easy", "a": 2.36, "b": -0.8}]}""");
        var run = CliRun.Of("{}", "next", "--bank", bank.Path);
        Assert.Equal("hard", Answer(run.OutputLines[0]).GetProperty("item").GetString());
    }

    [Fact]
    public void A_very_narrow_or_off_grid_prior_gives_an_answer()
    {
        using var bank = new TempFile("""{"items": [{"id": "i", "a": 1, "b": 0}]}""");
        var run = CliRun.Of("""
            {"responses": [], "prior": {"mean": 0.05, "sd": 0.001}}
            {"responses": [{"item": "i", "score": 1}], "prior": {"mean": 50, "sd": 1}}
            """, "estimate", "--bank", bank.Path);
        Assert.Equal(0, run.ExitCode);
        // The prior collapses on its nearest node (0.0 on the default grid), then on the grid's top (6).
        Assert.Equal(0.0, Answer(run.OutputLines[0]).GetProperty("theta").GetDouble(), 1e-9);
        Assert.InRange(Answer(run.OutputLines[1]).GetProperty("theta").GetDouble(), 5.99, 6.0);
    }

    [Fact]
    public void A_very_steep_item_gives_the_bound_or_a_line_error_never_a_crash()
    {
        using var bank = new TempFile("""{"items": [{"id": "s", "a": 200, "b": 0}]}""");
        var run = CliRun.Of("""
            {"responses": [{"item": "s", "score": 0}], "method": "MLE"}
            {"responses": [{"item": "s", "score": 1}], "method": "MLE"}
            {"responses": [{"item": "s", "score": 1}], "method": "EAP"}
            """, "estimate", "--bank", bank.Path);
        Assert.Equal(3, run.OutputLines.Length);
        // MLE reaches the bound (−4, then 4), where an item this steep carries no information at all.
        Assert.Contains("line 1: se: infinite", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("θ = -4 ", run.OutputLines[0], StringComparison.Ordinal);
        Assert.Contains("line 2: se: infinite", run.OutputLines[1], StringComparison.Ordinal);
        Assert.Contains("θ = 4 ", run.OutputLines[1], StringComparison.Ordinal);
        Assert.True(Answer(run.OutputLines[2]).GetProperty("theta").GetDouble() > 0);
    }

    [Fact]
    public void Null_fields_mean_defaults_whole_valued_numbers_are_whole_and_a_bom_is_ignored()
    {
        using var bank = new TempFile("""{"items": [{"id": "i", "a": 1, "b": 0}]}""");
        var run = CliRun.Of("\uFEFF" + """
            {"responses": [{"item": "i", "score": 1}], "prior": null, "quadrature": {"points": 61.0}}
            """, "estimate", "--bank", bank.Path);
        Assert.Equal(0, run.ExitCode);
        var reference = CliRun.Of("""{"responses": [{"item": "i", "score": 1}]}""", "estimate", "--bank", bank.Path);
        Assert.Equal(reference.OutputLines[0], run.OutputLines[0]);
    }

    [Fact]
    public void Absurd_bounds_are_refused_on_their_line()
    {
        using var bank = new TempFile("""{"items": [{"id": "i", "a": 1, "b": 0}]}""");
        var run = CliRun.Of("""{"responses": [{"item": "i", "score": 1}], "method": "MLE", "bounds": {"min": -1e308, "max": 1e308}}""", "estimate", "--bank", bank.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bounds: the bounds must lie within", run.OutputLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unwritable_out_file_is_a_one_line_error()
    {
        using var bank = new TempFile("""{"items": [{"id": "i", "a": 1, "b": 0}, {"id": "j", "a": 1, "b": 1}]}""");
        var run = CliRun.Of("", "simulate", "--bank", bank.Path, "--n", "2", "--length", "1", "--method", "EAP", "--seed", "1", "--out", "/nonexistent-dir/x.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out: cannot write", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }
}
