using System.Text.Json;

namespace EvalNumerique.Cli.Tests;

/// <summary>
/// The engine's golden cases (tests/EvalNumerique.Engine.Tests/Golden) run through
/// `evalnum estimate` and `evalnum next` exactly as a script would: bank file + request lines.
/// </summary>
public sealed class GoldenThroughCliTests
{
    public static TheoryData<string> Files => new() { "estimates.json", "next-items.json" };

    private static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) element.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Golden_cases_pass_through_the_cli_contract(string file)
    {
        string command = file == "estimates.json" ? "estimate" : "next";
        using var golden = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Golden", file)));
        var failures = new List<string>();
        foreach (var goldenCase in golden.RootElement.GetProperty("cases").EnumerateArray())
        {
            using var bank = new TempFile(goldenCase.GetProperty("bank").GetRawText());
            var run = CliRun.Of(Compact(goldenCase.GetProperty("request")), command, "--bank", bank.Path);
            string name = goldenCase.GetProperty("name").GetString()!;
            if (run.ExitCode != 0) { failures.Add($"{name}: exit {run.ExitCode}: {run.Error}"); continue; }
            using var answer = JsonDocument.Parse(run.OutputLines.Single());
            var expected = goldenCase.GetProperty("expected");
            double tolerance = goldenCase.GetProperty("tolerance").GetDouble();
            foreach (var field in expected.EnumerateObject())
            {
                if (field.Value.ValueKind == JsonValueKind.Number)
                {
                    double got = answer.RootElement.GetProperty(field.Name).GetDouble();
                    if (!(Math.Abs(got - field.Value.GetDouble()) <= tolerance))
                        failures.Add($"{name}: {field.Name} expected {field.Value.GetDouble():R}, got {got:R}");
                }
                else if (field.Value.ValueKind == JsonValueKind.String && answer.RootElement.GetProperty(field.Name).GetString() != field.Value.GetString())
                {
                    failures.Add($"{name}: {field.Name} expected {field.Value.GetString()}, got {answer.RootElement.GetProperty(field.Name).GetString()}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
