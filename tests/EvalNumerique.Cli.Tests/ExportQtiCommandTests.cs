using System.IO.Compression;
using System.Text.Json;

namespace EvalNumerique.Cli.Tests;

public sealed class ExportQtiCommandTests
{
    private static string RealItembank()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EvalNumerique.sln"))) return Path.Combine(dir.FullName, "itembank");
        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Export_qti_writes_a_package_and_reports_the_simulations_it_leaves_out()
    {
        string zip = Path.Combine(Path.GetTempPath(), $"evalnum-qti-{Guid.NewGuid():N}.zip");
        try
        {
            var run = CliRun.Of("", "export-qti", "--itembank", RealItembank(), "--out", zip);

            Assert.Equal(0, run.ExitCode);
            using var report = JsonDocument.Parse(run.Output);
            var root = report.RootElement;
            int exported = root.GetProperty("exported").GetInt32();
            int notExported = root.GetProperty("notExported").GetInt32();
            Assert.Equal(root.GetProperty("items").GetInt32(), exported + notExported);
            Assert.True(notExported >= 30, "the simulations are reported");
            Assert.All(root.GetProperty("notExportedItems").EnumerateArray(), s => Assert.Equal("simulation", s.GetProperty("type").GetString()));
            using var package = ZipFile.OpenRead(zip);
            Assert.NotNull(package.GetEntry("imsmanifest.xml"));
            Assert.Equal(exported, package.Entries.Count(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) && e.FullName != "imsmanifest.xml"));
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Fact]
    public void Export_qti_needs_a_zip_name()
    {
        var run = CliRun.Of("", "export-qti", "--itembank", RealItembank(), "--out", Path.Combine(Path.GetTempPath(), "bank.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("must be a .zip file", run.Error, StringComparison.Ordinal);
    }
}
