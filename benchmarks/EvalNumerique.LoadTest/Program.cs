using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using EvalNumerique.LoadTest;
using Microsoft.Data.Sqlite;

Options options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(Options.Usage);
        return 0;
    }
    options = Options.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

var output = Console.Out;
string loadBefore = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Trim() : "n/a";
output.WriteLine($"load average before the run: {loadBefore}");

ServerProcess? server = null;
if (options.Start) server = await ServerProcess.StartAsync(options.BaseUrl, options.ServerEnvironment, !options.NoBuild, output);
int exit = 1;
try
{
    exit = await RunAsync(options, server, output, loadBefore);
}
finally
{
    if (server is not null)
    {
        await server.DisposeAsync();
        output.WriteLine("server stopped");
    }
}
if (server is not null || options.Database is not null)
{
    // After a clean stop the WAL is checkpointed; reading a live database works too (WAL readers do not block).
    exit |= Verify(server?.Database ?? options.Database!, output) ? 0 : 1;
}
if (server is not null)
{
    string folder = Path.GetDirectoryName(server.Database)!;
    if (options.KeepDatabase) output.WriteLine($"kept {folder}");
    else Directory.Delete(folder, recursive: true);
}
return exit;

static async Task<int> RunAsync(Options options, ServerProcess? server, TextWriter output, string loadBefore)
{
    int? pid = server?.Pid ?? options.ServerPid;
    var stats = new LoadStats();
    using var handler = new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.None,
    };
    using var http = new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };

    await using var watchers = await Watchers.ConnectAsync(options.BaseUrl, options.Watchers);
    output.WriteLine($"{watchers.Connected} SignalR watcher(s) connected to /hubs/follow as {Watchers.Email}");
    // The simulated people use the mediator's kiosk token: their checks belong to the structure the watchers follow.
    options = options with { KioskToken = watchers.KioskToken };
    if (options.Warmup > 0)
    {
        // Not measured: the server's JIT and connection pools warm up (tiered compilation), then the baseline is taken.
        var warm = new LoadStats();
        var warmOptions = options with { ThinkMinMs = 0, ThinkMaxMs = 0, RampUp = TimeSpan.Zero, Seed = options.Seed + 1_000_000 };
        await Task.WhenAll(Enumerable.Range(0, options.Warmup).Select(i => new Beneficiary(i, warmOptions, http, warm).RunAsync(CancellationToken.None)));
        output.WriteLine($"warm-up: {warm.CompletedChecks} checks, {warm.Answers} answers, {warm.Errors.Count} errors (not counted)");
    }
    // Let the server settle after start-up and sign-in, then take the baseline.
    await Task.Delay(TimeSpan.FromSeconds(2));
    GC.Collect();
    long? rssBefore = MemorySampler.ReadRss(pid);

    var clock = Stopwatch.StartNew();
    using var stop = new CancellationTokenSource(options.Duration);
    await using (var sampler = new MemorySampler(pid, () => stats.Active))
    {
        sampler.Start(clock);
        using var progress = new Timer(_ => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {clock.Elapsed.TotalSeconds,5:F0} s  active {stats.Active,5}  completed {stats.CompletedChecks,5}  answers {stats.Answers,7}  errors {stats.Errors.Count}")),
            null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        var people = Enumerable.Range(0, options.Checks).Select(i => new Beneficiary(i, options, http, stats).RunAsync(stop.Token)).ToArray();
        await Task.WhenAll(people);
        clock.Stop();
        await Task.Delay(TimeSpan.FromSeconds(2));
        long? rssAfter = MemorySampler.ReadRss(pid);
        return Report(options, stats, watchers, sampler.Samples, rssBefore, rssAfter, clock.Elapsed, stop.IsCancellationRequested, loadBefore, output);
    }
}

static int Report(Options options, LoadStats stats, Watchers watchers, IReadOnlyList<(TimeSpan At, long RssBytes, int Active)> samples,
    long? rssBefore, long? rssAfter, TimeSpan elapsed, bool capped, string loadBefore, TextWriter output)
{
    var latencies = stats.SortedLatencies();
    double Mib(long bytes) => bytes / 1024.0 / 1024.0;
    var peak = samples.Count == 0 ? default : samples.MaxBy(s => s.RssBytes);
    // The highest RSS while at least 90% of the most checks were in progress (an upper bound: the GC collects when it likes).
    int mostActive = samples.Count == 0 ? 0 : samples.Max(s => s.Active);
    var busiest = samples.Count == 0 ? default : samples.Where(s => s.Active >= mostActive * 0.9).MaxBy(s => s.RssBytes);
    double? perCheckKib = rssBefore is long b && busiest.Active > 0 ? (busiest.RssBytes - b) / 1024.0 / busiest.Active : null;
    var answerLatency = latencies.GetValueOrDefault("answer") ?? [];
    string label = options.Label.Length > 0 ? options.Label : $"{options.Checks}-checks";
    var summary = new
    {
        label,
        date = DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture),
        command = "dotnet run -c Release --project benchmarks/EvalNumerique.LoadTest -- " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1)),
        machine = new { cores = Environment.ProcessorCount, loadAverageBefore = loadBefore },
        options = new { checks = options.Checks, durationCapSeconds = options.Duration.TotalSeconds, thinkMs = $"{options.ThinkMinMs}-{options.ThinkMaxMs}", rampSeconds = options.RampUp.TotalSeconds, options.Watchers, options.Seed },
        elapsedSeconds = Math.Round(elapsed.TotalSeconds, 1),
        stoppedByDurationCap = capped,
        checksStarted = stats.StartedChecks,
        checksCompleted = stats.CompletedChecks,
        maxActiveChecks = stats.MaxActive,
        answers = stats.Answers,
        answersPerSecond = Math.Round(stats.Answers / elapsed.TotalSeconds, 1),
        latencyMs = latencies.ToDictionary(p => p.Key, p => new
        {
            count = p.Value.Length,
            p50 = Math.Round(LoadStats.Percentile(p.Value, 50), 2),
            p95 = Math.Round(LoadStats.Percentile(p.Value, 95), 2),
            p99 = Math.Round(LoadStats.Percentile(p.Value, 99), 2),
            max = Math.Round(p.Value.Length == 0 ? double.NaN : p.Value[^1], 2),
        }),
        errors = new { count = stats.Errors.Count, first = stats.Errors.Take(50).ToArray() },
        signalR = new { opened = watchers.Opened, connectedAtEnd = watchers.Connected, checkChangedMessages = watchers.Messages },
        serverMemory = rssBefore is null ? null : new
        {
            rssBeforeMiB = Math.Round(Mib(rssBefore.Value), 1),
            rssPeakMiB = Math.Round(Mib(peak.RssBytes), 1),
            rssAtMostActiveMiB = Math.Round(Mib(busiest.RssBytes), 1),
            mostActiveChecks = busiest.Active,
            rssAfterMiB = rssAfter is null ? (double?)null : Math.Round(Mib(rssAfter.Value), 1),
            perActiveCheckKiB = perCheckKib is null ? (double?)null : Math.Round(perCheckKib.Value, 1),
        },
    };

    var text = new StringBuilder();
    var inv = CultureInfo.InvariantCulture;
    text.AppendLine(inv, $"### {label}");
    text.AppendLine();
    text.AppendLine(inv, $"- command: `{summary.command}`");
    text.AppendLine(inv, $"- load average before: {loadBefore}; {Environment.ProcessorCount} cores");
    text.AppendLine(inv, $"- {summary.checksCompleted} of {summary.checksStarted} checks completed (of {options.Checks} asked) in {summary.elapsedSeconds} s{(capped ? " — stopped by the duration cap" : "")}; at most {summary.maxActiveChecks} in progress at once");
    text.AppendLine(inv, $"- {summary.answers} answers, {summary.answersPerSecond} answers/s; errors: {stats.Errors.Count}");
    text.AppendLine(inv, $"- SignalR: {watchers.Opened} watcher(s), {watchers.Connected} still connected at the end, {watchers.Messages} checkChanged messages");
    if (summary.serverMemory is { } m)
        text.AppendLine(inv, $"- server RSS: {m.rssBeforeMiB} MiB before, {m.rssPeakMiB} MiB peak, {m.rssAtMostActiveMiB} MiB with {m.mostActiveChecks} checks in progress, {m.rssAfterMiB} MiB after → {m.perActiveCheckKiB} KiB per active check");
    text.AppendLine();
    text.AppendLine("| call | count | p50 ms | p95 ms | p99 ms | max ms |");
    text.AppendLine("|---|---:|---:|---:|---:|---:|");
    foreach (string kind in new[] { "answer", "item", "start", "needs", "result" })
    {
        if (!summary.latencyMs.TryGetValue(kind, out var l)) continue;
        string name = kind == "answer" ? "**POST answer → next item**" : kind switch { "item" => "GET item", "start" => "POST start", "needs" => "POST needs", _ => "GET result" };
        text.AppendLine(inv, $"| {name} | {l.count} | {l.p50:F1} | {l.p95:F1} | {l.p99:F1} | {l.max:F1} |");
    }
    if (stats.Errors.Count > 0)
    {
        text.AppendLine();
        text.AppendLine("Errors (first 20):");
        foreach (string e in stats.Errors.Take(20)) text.AppendLine(inv, $"- {e}");
    }
    output.WriteLine();
    output.WriteLine(text.ToString());

    string folder = Path.IsPathRooted(options.Output) ? options.Output : Path.Combine(ServerProcess.RepositoryRoot(), options.Output);
    Directory.CreateDirectory(folder);
    string stem = Path.Combine(folder, label);
    File.WriteAllText(stem + ".json", JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
    File.WriteAllText(stem + ".md", text.ToString());
    output.WriteLine($"summary written to {stem}.json and {stem}.md");
    LastAnswers = stats.AnswersByCheck.ToDictionary(StringComparer.Ordinal);
    LastSummary = stem + ".md";
    return stats.Errors.Count == 0 && answerLatency.Length > 0 ? 0 : 1;
}

static bool Verify(string database, TextWriter output)
{
    var sent = LastAnswers;
    using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT c.ResumeCode, COUNT(a.Id) FROM Checks c LEFT JOIN CheckAnswers a ON a.CheckId = c.Id GROUP BY c.Id";
    var stored = new Dictionary<string, int>(StringComparer.Ordinal);
    using (var reader = command.ExecuteReader())
        while (reader.Read()) stored[reader.GetString(0)] = reader.GetInt32(1);
    int missingChecks = sent.Keys.Count(code => !stored.ContainsKey(code));
    var mismatched = sent.Where(p => stored.TryGetValue(p.Key, out int n) && n != p.Value).ToList();
    long sentTotal = sent.Values.Sum(v => (long)v);
    long storedTotal = sent.Keys.Sum(code => (long)stored.GetValueOrDefault(code));
    output.WriteLine($"database check: {sent.Count} checks, {sentTotal} answers accepted by the server, {storedTotal} stored in CheckAnswers; " +
        $"{missingChecks} checks missing, {mismatched.Count} checks with a different count");
    foreach (var (code, count) in mismatched.Take(10)) output.WriteLine($"  {code}: sent {count}, stored {stored[code]}");
    if (LastSummary is not null)
        File.AppendAllText(LastSummary, $"- database check after the run: {sentTotal} answers accepted, {storedTotal} stored in CheckAnswers; {missingChecks} checks missing, {mismatched.Count} with a different count\n");
    return missingChecks == 0 && mismatched.Count == 0;
}

internal static partial class Program
{
    /// <summary>Answers accepted per check in the last run, for the database check.</summary>
    private static Dictionary<string, int> LastAnswers { get; set; } = [];

    /// <summary>The Markdown summary of the last run, where the database check is added.</summary>
    private static string? LastSummary { get; set; }
}
