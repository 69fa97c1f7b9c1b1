using System.Text.Json;

namespace EvalNumerique.Cli.Tests;

public sealed class ItembankCommandsTests
{
    private static string RealItembank()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EvalNumerique.sln"))) return Path.Combine(dir.FullName, "itembank");
        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Validate_reports_the_real_bank_as_clean_in_json()
    {
        var run = CliRun.Of("", "validate", "--itembank", RealItembank(), "--json");
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(0, report.RootElement.GetProperty("errors").GetInt32());
        Assert.True(report.RootElement.GetProperty("items").GetInt32() >= 150);
        Assert.True(report.RootElement.GetProperty("simulations").GetInt32() >= 30);
    }

    [Fact]
    public void Validate_names_the_file_and_line_of_a_broken_item_and_exits_1()
    {
        string root = Path.Combine(Path.GetTempPath(), $"evalnum-bank-{Guid.NewGuid():N}");
        try
        {
            CopyDirectory(RealItembank(), root);
            string broken = Path.Combine(root, "items", "safety", "scams", "safety-scams-001.md");
            var lines = File.ReadAllLines(broken).ToList();
            int levelLine = lines.FindIndex(l => l.StartsWith("level:", StringComparison.Ordinal));
            lines[levelLine] = "level: 9";
            File.WriteAllLines(broken, lines);

            var run = CliRun.Of("", "validate", "--itembank", root);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"items/safety/scams/safety-scams-001.md:{levelLine + 1}:", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Demo_walks_three_simulated_people_through_the_real_bank()
    {
        var run = CliRun.Of("", "demo", "--itembank", RealItembank(), "--seed", "7");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("SIMULATED people", run.Output, StringComparison.Ordinal);
        Assert.Equal(3, run.Output.Split('\n').Count(l => l.TrimStart().StartsWith("Stopped (", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_folder_without_framework_is_refused()
    {
        var run = CliRun.Of("", "validate", "--itembank", Path.GetTempPath());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not an item bank folder", run.Error, StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (string dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }
}
