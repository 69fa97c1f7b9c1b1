using System.Collections.Concurrent;

namespace EvalNumerique.LoadTest;

/// <summary>What the simulated people saw: latencies per kind of call, answers accepted per check, errors.</summary>
internal sealed class LoadStats
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _errors = new();
    private int _active;
    private int _maxActive;
    private int _started;
    private int _completed;
    private long _answers;

    /// <summary>Answers the server accepted (2xx), per check code.</summary>
    public ConcurrentDictionary<string, int> AnswersByCheck { get; } = new(StringComparer.Ordinal);

    public int Active => Volatile.Read(ref _active);

    public int MaxActive => Volatile.Read(ref _maxActive);

    public int StartedChecks => Volatile.Read(ref _started);

    public int CompletedChecks => Volatile.Read(ref _completed);

    public long Answers => Interlocked.Read(ref _answers);

    public IReadOnlyCollection<string> Errors => _errors;

    public void Started(string code)
    {
        AnswersByCheck.TryAdd(code, 0);
        Interlocked.Increment(ref _started);
        int now = Interlocked.Increment(ref _active);
        int max;
        while (now > (max = Volatile.Read(ref _maxActive)) && Interlocked.CompareExchange(ref _maxActive, now, max) != max)
        {
            // another thread raised it meanwhile: try again
        }
    }

    public void Ended() => Interlocked.Decrement(ref _active);

    public void Completed() => Interlocked.Increment(ref _completed);

    public void Answered(string code)
    {
        AnswersByCheck.AddOrUpdate(code, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _answers);
    }

    public void Latency(string kind, double milliseconds) => _latencies.GetOrAdd(kind, _ => []).Add(milliseconds);

    public void Error(string message) => _errors.Enqueue(message);

    public IReadOnlyDictionary<string, double[]> SortedLatencies() =>
        _latencies.ToDictionary(p => p.Key, p => p.Value.Order().ToArray(), StringComparer.Ordinal);

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        int rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
