using System.Diagnostics;
using System.Globalization;

namespace EvalNumerique.LoadTest;

/// <summary>The web app in Release, started on a fresh temporary SQLite file with the rate limits raised, stopped at the end.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, string database, string logFile, StreamWriter log)
    {
        _process = process;
        Database = database;
        LogFile = logFile;
        _log = log;
    }

    public int Pid => _process.Id;

    public string Database { get; }

    public string LogFile { get; }

    public static async Task<ServerProcess> StartAsync(Uri baseUrl, IEnumerable<KeyValuePair<string, string>> environment, bool build, TextWriter output)
    {
        string root = RepositoryRoot();
        if (build)
        {
            output.WriteLine("building web/EvalNumerique.Web in Release…");
            var make = new ProcessStartInfo("dotnet") { WorkingDirectory = root, UseShellExecute = false };
            foreach (string arg in new[] { "build", "-c", "Release", "--nologo", "-v", "q", Path.Combine("web", "EvalNumerique.Web") })
                make.ArgumentList.Add(arg);
            using var builder = Process.Start(make) ?? throw new InvalidOperationException("dotnet build did not start.");
            await builder.WaitForExitAsync();
            if (builder.ExitCode != 0) throw new InvalidOperationException("The Release build of the app failed.");
        }
        string dll = Path.Combine(root, "web", "EvalNumerique.Web", "bin", "Release", "net10.0", "EvalNumerique.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} is missing: build the app first with `dotnet build -c Release web/EvalNumerique.Web`.");
        string folder = Directory.CreateTempSubdirectory("evalnum-load-").FullName;
        string database = Path.Combine(folder, "load.db");
        string logFile = Path.Combine(folder, "server.log");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { dll, "--urls", baseUrl.GetLeftPart(UriPartial.Authority), "--contentRoot", Path.Combine(root, "web", "EvalNumerique.Web") })
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // demo accounts (the mediator the watchers sign in as)
        start.Environment["ConnectionStrings__EvalNumerique"] = $"Data Source={database}";
        start.Environment["RateLimits__StartPerMinute"] = "1000000";
        start.Environment["RateLimits__ApiPerMinute"] = "10000000";
        start.Environment["RateLimits__LoginPerMinute"] = "100";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, database, logFile, log);
        output.WriteLine($"server pid {process.Id}, database {database}, log {logFile}");
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited) break;
            try
            {
                using var reply = await http.GetAsync(new Uri("/account/login", UriKind.Relative));
                if (reply.IsSuccessStatusCode)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server ready after {deadline.Elapsed.TotalSeconds:F1} s"));
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // still starting
            }
            await Task.Delay(250);
        }
        await server.DisposeAsync();
        throw new InvalidOperationException($"The server did not become ready; see {logFile}.");
    }

    /// <summary>The folder with EvalNumerique.sln, from the current directory or the program's.</summary>
    public static string RepositoryRoot()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "EvalNumerique.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run from inside the EvalNumerique repository (EvalNumerique.sln not found).");
    }

    /// <summary>Stops the server: SIGTERM first (a clean shutdown checkpoints the database), then a kill after 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
                if (term is not null) await term.WaitForExitAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }
}
