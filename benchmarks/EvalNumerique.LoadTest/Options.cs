using System.Globalization;

namespace EvalNumerique.LoadTest;

/// <summary>Command-line options of the load test; every run is bounded in count and time, loopback only.</summary>
internal sealed record Options
{
    public Uri BaseUrl { get; init; } = new("http://127.0.0.1:5099");
    public bool Start { get; init; }
    public bool NoBuild { get; init; }
    public bool KeepDatabase { get; init; }
    public int Checks { get; init; } = 50;
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(10);
    public int ThinkMinMs { get; init; } = 1000;
    public int ThinkMaxMs { get; init; } = 3000;
    public TimeSpan RampUp { get; init; } = TimeSpan.FromSeconds(10);
    public int Watchers { get; init; } = 5;

    /// <summary>Kiosk token of the watchers' structure (obtained at run time): the checks belong to it, so the hub broadcasts them.</summary>
    public string? KioskToken { get; init; }
    public int Seed { get; init; } = 2026;
    public double DontKnowRate { get; init; } = 0.3;
    public int? ServerPid { get; init; }
    public string? Database { get; init; }
    public string Output { get; init; } = "benchmarks/EvalNumerique.LoadTest/results";
    public string Label { get; init; } = "";
    public int Warmup { get; init; } = 5;
    public IReadOnlyList<KeyValuePair<string, string>> ServerEnvironment { get; init; } = [];

    public const string Usage = """
        EvalNumerique web load test: N simulated beneficiaries run complete checks through the HTTP API.

          --start                 build the app in Release, launch web/EvalNumerique.Web/bin/Release/net10.0/EvalNumerique.Web.dll
                                  (Development: demo accounts) on a fresh temporary SQLite file with the rate limits raised,
                                  check every answer is stored in it after the run, and stop it at the end
          --no-build              with --start: use the Release build as it is
          --keep-db               with --start: keep the temporary folder (database, server log) instead of deleting it
          --url URL               base URL of a running app (default http://127.0.0.1:5099); loopback only
          --checks N              concurrent simulated beneficiaries, one complete check each (default 50)
          --duration SECONDS      hard cap of the run (default 600); unfinished checks are reported
          --think-ms MIN-MAX      think time before each answer, uniform, seeded (default 1000-3000)
          --ramp SECONDS          starts are spread over this time (default 10)
          --watchers K            SignalR connections on /hubs/follow signed in as the demo mediator (default 5)
          --seed S                random seed of think times and answers (default 2026)
          --dont-know RATE        share of « je ne sais pas » answers (default 0.3)
          --server-pid PID        without --start: the server process, to sample its memory
          --database FILE         without --start: the server's SQLite file, to count stored answers
          --out DIR               where the JSON and Markdown summaries go (default benchmarks/EvalNumerique.LoadTest/results)
          --label TEXT            a name for this run in the summaries
          --server-env KEY=VALUE  with --start: one more environment variable for the app (e.g. Database__Synchronous=NORMAL); repeatable
          --warmup N              checks run first without think time and not measured, so the server is JIT-warm (default 5)
        """;

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Int() => int.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--start" => options with { Start = true },
                "--no-build" => options with { NoBuild = true },
                "--keep-db" => options with { KeepDatabase = true },
                "--url" => options with { BaseUrl = new Uri(Value()) },
                "--checks" => options with { Checks = Int() },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Int()) },
                "--think-ms" => ParseThink(options, Value()),
                "--ramp" => options with { RampUp = TimeSpan.FromSeconds(Int()) },
                "--watchers" => options with { Watchers = Int() },
                "--seed" => options with { Seed = Int() },
                "--dont-know" => options with { DontKnowRate = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--server-pid" => options with { ServerPid = Int() },
                "--database" => options with { Database = Value() },
                "--out" => options with { Output = Value() },
                "--label" => options with { Label = Value() },
                "--warmup" => options with { Warmup = Int() },
                "--server-env" => options with { ServerEnvironment = [.. options.ServerEnvironment, ParsePair(Value())] },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }
        if (options.Checks is < 1 or > 5000) throw new ArgumentException("--checks must be between 1 and 5000.");
        if (options.Duration <= TimeSpan.Zero || options.Duration > TimeSpan.FromHours(1)) throw new ArgumentException("--duration must be between 1 and 3600 seconds.");
        if (options.Watchers is < 0 or > 100) throw new ArgumentException("--watchers must be between 0 and 100.");
        if (options.ThinkMinMs < 0 || options.ThinkMaxMs < options.ThinkMinMs) throw new ArgumentException("--think-ms is MIN-MAX with 0 <= MIN <= MAX.");
        if (!options.BaseUrl.IsLoopback) throw new ArgumentException($"{options.BaseUrl} is not a loopback address: this load test only runs against this machine.");
        return options;
    }

    private static KeyValuePair<string, string> ParsePair(string value)
    {
        int equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) throw new ArgumentException($"--server-env takes KEY=VALUE, not '{value}'.");
        return new(value[..equals], value[(equals + 1)..]);
    }

    private static Options ParseThink(Options options, string value)
    {
        var parts = value.Split('-', 2);
        int min = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int max = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : min;
        return options with { ThinkMinMs = min, ThinkMaxMs = max };
    }
}
