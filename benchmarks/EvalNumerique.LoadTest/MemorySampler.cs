using System.Globalization;

namespace EvalNumerique.LoadTest;

/// <summary>Samples the server's resident memory (VmRSS from /proc) once a second, with the number of checks in progress at that moment.</summary>
internal sealed class MemorySampler(int? pid, Func<int> activeChecks) : IAsyncDisposable
{
    private readonly List<(TimeSpan At, long RssBytes, int Active)> _samples = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public IReadOnlyList<(TimeSpan At, long RssBytes, int Active)> Samples => _samples;

    public static long? ReadRss(int? pid)
    {
        if (pid is null) return null;
        string file = $"/proc/{pid.Value.ToString(CultureInfo.InvariantCulture)}/status";
        if (!File.Exists(file)) return null;
        foreach (string line in File.ReadLines(file))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024; // kB
        }
        return null;
    }

    public void Start(System.Diagnostics.Stopwatch clock)
    {
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            do
            {
                if (ReadRss(pid) is long rss) lock (_samples) _samples.Add((clock.Elapsed, rss, activeChecks()));
            }
            while (await timer.WaitForNextTickAsync(_stop.Token).AsTask().ContinueWith(t => !t.IsCanceled && t.Result, TaskScheduler.Default));
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null) await _loop;
        _stop.Dispose();
    }
}
