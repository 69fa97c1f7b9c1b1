using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.EndToEnd;

/// <summary>
/// The real app as its own process on a free loopback port, with its own SQLite file — started,
/// killed and started again like a server that crashes, which is what "nothing is lost" must survive.
/// </summary>
internal sealed class AppServer : IAsyncDisposable
{
    private Process? _process;

    public AppServer()
    {
        Port = FreePort();
        DatabasePath = Path.Combine(Path.GetTempPath(), $"evalnum-e2e-{Guid.NewGuid():N}.db");
    }

    public int Port { get; }

    public string DatabasePath { get; }

    /// <summary>Simulated demo checks to seed for calibration (0 by default: most tests need none, and seeding takes seconds).</summary>
    public int SimulatedChecks { get; init; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        string webProject = Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web");
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        string dll = Path.Combine(webProject, "bin", configuration, "net10.0", "EvalNumerique.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"Build the web app first: {dll} is missing.");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl, "--contentRoot", webProject])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = webProject,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // static web assets from the build output
        start.Environment["ConnectionStrings__EvalNumerique"] = $"Data Source={DatabasePath}";
        start.Environment["ItemBank__Path"] = RepositoryPaths.Itembank;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Demo__SimulatedChecks"] = SimulatedChecks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (int attempt = 0; attempt < 150; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The web app exited with code {_process.ExitCode}.");
            try
            {
                var response = await http.GetAsync(BaseUrl + "/");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The web app did not answer within 30 seconds.");
    }

    /// <summary>Kills the server at once, as a crash or a power cut would.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        foreach (string file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(DatabasePath) + "*"))
            File.Delete(file);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
