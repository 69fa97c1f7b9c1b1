namespace EvalNumerique.Web.Infrastructure;

/// <summary>
/// Limits guessing of check codes on the pages, per connection (circuit): after
/// <see cref="MaxFailures"/> unknown codes within a minute, lookups stop until the minute is over.
/// New connections are themselves rate-limited per address (<see cref="RateLimits"/>), so opening
/// more tabs does not help; the JSON API has its own per-address limit.
/// </summary>
public sealed class CodeLookupGuard(TimeProvider clock)
{
    public const int MaxFailures = 10;

    private readonly Queue<DateTimeOffset> _failures = new();

    /// <summary>True while too many unknown codes were tried in the last minute.</summary>
    public bool Blocked
    {
        get
        {
            var minuteAgo = clock.GetUtcNow().AddMinutes(-1);
            while (_failures.Count > 0 && _failures.Peek() < minuteAgo) _failures.Dequeue();
            return _failures.Count >= MaxFailures;
        }
    }

    /// <summary>An unknown code was tried.</summary>
    public void Failed() => _failures.Enqueue(clock.GetUtcNow());
}
