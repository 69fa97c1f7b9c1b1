using System.Text.Json;

namespace EvalNumerique.Cli.Tests;

public sealed class SimulateCommandTests
{
    private static string Bank(int count) =>
        JsonSerializer.Serialize(new
        {
            D = 1.0,
            items = Enumerable.Range(0, count).Select(i => new { id = $"s{i:D3}", a = 0.8 + (i % 7) * 0.2, b = -3 + 6.0 * i / (count - 1), c = 0.0, d = 1.0 }),
        });

    [Fact]
    public void Simulate_writes_the_contract_summary_and_examinees()
    {
        using var bank = new TempFile(Bank(100));
        var run = CliRun.Of("", "simulate", "--bank", bank.Path, "--n", "50", "--length", "10", "--method", "EAP", "--seed", "3");
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var summary = report.RootElement.GetProperty("summary");
        Assert.Equal(
            ["n", "rmse", "bias", "corr", "meanSe", "meanLength", "maxExposure", "unusedShare", "conditionalSe"],
            summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal(50, summary.GetProperty("n").GetInt32());
        Assert.Equal(10, summary.GetProperty("meanLength").GetDouble());
        var examinees = report.RootElement.GetProperty("examinees").EnumerateArray().ToList();
        Assert.Equal(50, examinees.Count);
        Assert.Equal(["trueTheta", "theta", "se", "items"], examinees[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(10, examinees[0].GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void The_same_seed_gives_the_same_output()
    {
        using var bank = new TempFile(Bank(60));
        string[] args = ["simulate", "--bank", bank.Path, "--n", "30", "--length", "8", "--method", "MAP", "--seed", "11"];
        Assert.Equal(CliRun.Of("", args).Output, CliRun.Of("", args).Output);
    }

    [Fact]
    public void Thetas_and_uniforms_files_drive_the_examinees()
    {
        using var bank = new TempFile(Bank(20));
        using var thetas = new TempFile("[0.0, 0.0]");
        string allCorrect = "[" + string.Join(",", Enumerable.Repeat("0.0", 20)) + "]";
        string allWrong = "[" + string.Join(",", Enumerable.Repeat("0.9999", 20)) + "]";
        using var uniforms = new TempFile($"[{allCorrect},{allWrong}]");
        var run = CliRun.Of("", "simulate", "--bank", bank.Path, "--n", "2", "--length", "5", "--method", "EAP", "--seed", "1",
            "--thetas", thetas.Path, "--uniforms", uniforms.Path, "--quadrature", "33,-4,4", "--prior", "0,1", "--start-theta", "0");
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var examinees = report.RootElement.GetProperty("examinees").EnumerateArray().ToList();
        Assert.True(examinees[0].GetProperty("theta").GetDouble() > 1);
        Assert.True(examinees[1].GetProperty("theta").GetDouble() < -1);
    }

    [Fact]
    public void Out_writes_the_report_to_a_file()
    {
        using var bank = new TempFile(Bank(30));
        string path = Path.Combine(Path.GetTempPath(), $"evalnum-out-{Guid.NewGuid():N}.json");
        try
        {
            var run = CliRun.Of("", "simulate", "--bank", bank.Path, "--n", "5", "--length", "3", "--method", "WLE", "--seed", "2", "--out", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Empty(run.Output);
            using var report = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(5, report.RootElement.GetProperty("summary").GetProperty("n").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Se_target_stops_early()
    {
        using var bank = new TempFile(Bank(200));
        var run = CliRun.Of("", "simulate", "--bank", bank.Path, "--n", "40", "--length", "60", "--method", "EAP", "--seed", "5", "--se-target", "0.45");
        using var report = JsonDocument.Parse(run.Output);
        Assert.True(report.RootElement.GetProperty("summary").GetProperty("meanLength").GetDouble() < 60);
    }

    [Theory]
    [InlineData("--uniforms", "[[0.5]]", "row 0 has 1 numbers")]
    [InlineData("--uniforms", "[[1.5]]", "must be in [0, 1)")]
    [InlineData("--thetas", "[0, \"x\"]", "[1]: must be a number")]
    public void Malformed_simulation_inputs_name_the_place(string flag, string content, string message)
    {
        using var bank = new TempFile(Bank(10));
        using var file = new TempFile(content);
        var run = CliRun.Of("", "simulate", "--bank", bank.Path, "--n", "1", "--length", "3", "--method", "EAP", "--seed", "1", flag, file.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }
}
