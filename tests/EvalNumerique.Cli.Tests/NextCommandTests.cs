using System.Text.Json;

namespace EvalNumerique.Cli.Tests;

public sealed class NextCommandTests
{
    private const string Bank = """
        {"D": 1.0, "items": [
          {"id": "far", "a": 1.0, "b": 3.0},
          {"id": "twin1", "a": 1.5, "b": 0.0},
          {"id": "twin2", "a": 1.5, "b": 0.0},
          {"id": "easy", "a": 1.0, "b": -1.0}
        ]}
        """;

    [Fact]
    public void Next_gives_the_most_informative_item_at_the_prior_mean_with_ties_to_the_first_listed()
    {
        using var bank = new TempFile(Bank);
        var run = CliRun.Of("{}", "next", "--bank", bank.Path);
        Assert.Equal(0, run.ExitCode);
        using var answer = JsonDocument.Parse(run.OutputLines[0]);
        var root = answer.RootElement;
        Assert.Equal(["item", "theta", "se", "information"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("twin1", root.GetProperty("item").GetString());
        Assert.Equal(0, root.GetProperty("theta").GetDouble());
        // Hand-derived: I = a²/4 at θ = b for a 2PL item, D = 1.
        Assert.Equal(1.5 * 1.5 / 4, root.GetProperty("information").GetDouble(), 1e-12);
    }

    [Fact]
    public void Answered_and_excluded_items_are_skipped()
    {
        using var bank = new TempFile(Bank);
        var run = CliRun.Of("""
            {"responses": [{"item": "twin1", "score": 1}], "exclude": ["twin2"]}
            {"exclude": ["far", "twin1", "twin2", "easy"]}
            {"exclude": ["ghost"]}
            """, "next", "--bank", bank.Path);
        Assert.Equal(1, run.ExitCode);
        using var first = JsonDocument.Parse(run.OutputLines[0]);
        Assert.NotEqual("twin1", first.RootElement.GetProperty("item").GetString());
        Assert.NotEqual("twin2", first.RootElement.GetProperty("item").GetString());
        Assert.Contains("line 2: no item left", run.OutputLines[1], StringComparison.Ordinal);
        Assert.Contains("line 3: exclude[0]: unknown item id 'ghost'", run.OutputLines[2], StringComparison.Ordinal);
    }
}
