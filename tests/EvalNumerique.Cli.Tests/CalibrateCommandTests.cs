using System.Text;
using System.Text.Json;

namespace EvalNumerique.Cli.Tests;

public sealed class CalibrateCommandTests
{
    /// <summary>LSAT Section 6 (Bock &amp; Lieberman, 1970): the 30 observed patterns of 5 items and their frequencies, 1 000 persons.</summary>
    private static readonly (string Pattern, int Count)[] Lsat6 =
    [
        ("00000", 3), ("00001", 6), ("00010", 2), ("00011", 11), ("00100", 1), ("00101", 1), ("00110", 3), ("00111", 4),
        ("01000", 1), ("01001", 8), ("01011", 16), ("01101", 3), ("01110", 2), ("01111", 15), ("10000", 10), ("10001", 29),
        ("10010", 14), ("10011", 81), ("10100", 3), ("10101", 28), ("10110", 15), ("10111", 80), ("11000", 16), ("11001", 56),
        ("11010", 21), ("11011", 173), ("11100", 11), ("11101", 61), ("11110", 28), ("11111", 298),
    ];

    private static IEnumerable<(string Person, string Item, int Score)> Lsat6Rows()
    {
        int person = 0;
        foreach (var (pattern, count) in Lsat6)
            for (int n = 0; n < count; n++, person++)
                for (int i = 0; i < 5; i++) yield return ($"p{person}", $"item{i + 1}", pattern[i] - '0');
    }

    private static string Lsat6Csv() =>
        "person,item,score\n" + string.Join("\n", Lsat6Rows().Select(r => $"{r.Person},{r.Item},{r.Score}")) + "\n";

    private static string Lsat6Json() =>
        JsonSerializer.Serialize(new { responses = Lsat6Rows().Select(r => new { person = r.Person, item = r.Item, score = r.Score }) });

    [Fact]
    public void Calibrate_on_lsat6_csv_reproduces_ltm_published_2pl_estimates()
    {
        // ltm (Rizopoulos, 2006), ltm(LSAT ~ z1): the same reference as the engine's PublishedLsatTests, here end to end.
        double[] a = [0.8253715, 0.7229499, 0.8904748, 0.6885502, 0.6574516];
        double[] b = [-3.3597341, -1.3696497, -0.2798983, -1.8659189, -3.1235725];
        using var csv = new TempFile(Lsat6Csv(), ".csv");
        var run = CliRun.Of("", "calibrate", "--responses", csv.Path, "--model", "2PL");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.Equal(["D", "model", "converged", "cycles", "maxParameterChange", "logLikelihood", "persons", "latent", "warnings", "items", "logLikelihoodByCycle"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("converged").GetBoolean());
        Assert.Equal(1000, root.GetProperty("persons").GetInt32());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["id", "model", "a", "b", "c", "d", "seA", "seB", "seC", "anchor", "answers", "correct", "warnings"],
            items[0].EnumerateObject().Select(p => p.Name));
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal($"item{i + 1}", items[i].GetProperty("id").GetString());
            // Default tolerances (1e-4 on parameters) stop EM a little earlier than the engine test does: 0.005 / 0.02.
            Assert.Equal(a[i], items[i].GetProperty("a").GetDouble(), 0.005);
            Assert.Equal(b[i], items[i].GetProperty("b").GetDouble(), 0.02);
            Assert.Equal(JsonValueKind.Null, items[i].GetProperty("seC").ValueKind);
            Assert.Equal(1000, items[i].GetProperty("answers").GetInt32());
        }
    }

    [Fact]
    public void Json_and_csv_responses_give_the_same_parameters()
    {
        using var csv = new TempFile(Lsat6Csv(), ".csv");
        using var json = new TempFile(Lsat6Json(), ".json");
        var fromCsv = CliRun.Of("", "calibrate", "--responses", csv.Path, "--model", "1PL");
        var fromJson = CliRun.Of("", "calibrate", "--responses", json.Path, "--model", "1PL");
        Assert.Equal(0, fromJson.ExitCode);
        Assert.Equal(fromCsv.Output, fromJson.Output);
    }

    [Fact]
    public void The_output_is_a_bank_file_that_estimate_accepts()
    {
        using var csv = new TempFile(Lsat6Csv(), ".csv");
        string outPath = Path.Combine(Path.GetTempPath(), $"evalnum-{Guid.NewGuid():N}.json");
        try
        {
            var run = CliRun.Of("", "calibrate", "--responses", csv.Path, "--out", outPath);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Output);
            var estimate = CliRun.Of("""{"responses": [{"item": "item3", "score": 1}]}""", "estimate", "--bank", outPath);
            Assert.Equal(0, estimate.ExitCode);
            Assert.Contains("\"theta\"", estimate.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outPath);
        }
    }

    [Fact]
    public void Anchors_are_held_exactly_and_marked()
    {
        using var csv = new TempFile(Lsat6Csv(), ".csv");
        using var anchors = new TempFile("""{"D": 1.0, "items": [{"id": "item1", "a": 0.8253715, "b": -3.3597341}, {"id": "item3", "a": 0.8904748, "b": -0.2798983}]}""");
        var run = CliRun.Of("", "calibrate", "--responses", csv.Path, "--anchors", anchors.Path, "--estimate-latent");
        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var items = report.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items[0].GetProperty("anchor").GetBoolean());
        Assert.Equal(0.8253715, items[0].GetProperty("a").GetDouble());
        Assert.Equal(-0.2798983, items[2].GetProperty("b").GetDouble());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("seB").ValueKind);
        Assert.False(items[1].GetProperty("anchor").GetBoolean());
        Assert.True(report.RootElement.GetProperty("latent").GetProperty("estimated").GetBoolean());
    }

    [Theory]
    [InlineData("person,item,score\np1,i1,1\np1,i2,0\np2,i1,2\n", ":4: score must be 0 or 1")]
    [InlineData("person,item,score\np1,i1,1\np1,i1,0\n", ":3: person 'p1' already answered item 'i1' on line 2")]
    [InlineData("who,item,score\np1,i1,1\n", ":1: the first line must be the header person,item,score")]
    [InlineData("person,item,score\np1,i1\n", ":2: expected 3 comma-separated values")]
    [InlineData("person,item,score\n,i1,1\n", ":2: person is empty")]
    [InlineData("", ":1: the file is empty")]
    public void A_bad_csv_row_names_the_file_and_line_and_nothing_is_computed(string content, string message)
    {
        using var csv = new TempFile(content, ".csv");
        var run = CliRun.Of("", "calibrate", "--responses", csv.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(csv.Path + message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_json_row_names_its_line_and_field()
    {
        using var json = new TempFile("""
            {"responses": [
              {"person": "p1", "item": "i1", "score": 1},
              {"person": "p2", "item": "i1", "score": "yes"}
            ]}
            """);
        var run = CliRun.Of("", "calibrate", "--responses", json.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains(json.Path + ":3: responses[1].score: must be a whole number", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--model", "4PL" }, "--model: '4PL' must be 1PL, 2PL or 3PL")]
    [InlineData(new[] { "--estimate-latent" }, "--estimate-latent needs --anchors")]
    [InlineData(new[] { "--guessing-prior", "five" }, "--guessing-prior: 'five' must be ALPHA,BETA")]
    [InlineData(new[] { "--modle", "2PL" }, "unknown flag --modle")]
    public void Bad_flags_say_what_to_fix(string[] flags, string message)
    {
        using var csv = new TempFile("person,item,score\np1,i1,1\np2,i1,0\n", ".csv");
        var run = CliRun.Of("", ["calibrate", "--responses", csv.Path, .. flags]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_with_warnings_are_reported_on_stderr_and_in_the_output()
    {
        var rows = new StringBuilder("person,item,score\n");
        for (int j = 0; j < 40; j++) rows.Append(CultureInvariant($"p{j},easy,1\np{j},mid,{j % 2}\np{j},hard,{(j % 5 == 0 ? 1 : 0)}\n"));
        using var csv = new TempFile(rows.ToString(), ".csv");
        var run = CliRun.Of("", "calibrate", "--responses", csv.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("item(s) have warnings", run.Error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(run.Output);
        var easy = report.RootElement.GetProperty("items")[0];
        Assert.Contains(easy.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("every answer is correct", StringComparison.Ordinal));
        Assert.True(double.IsFinite(easy.GetProperty("b").GetDouble()));
    }

    private static string CultureInvariant(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
