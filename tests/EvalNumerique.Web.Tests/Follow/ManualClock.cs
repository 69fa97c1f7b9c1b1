namespace EvalNumerique.Web.Tests.Follow;

/// <summary>A clock a test moves by hand; its timers fire only when the test says so.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(() => callback(state));
        _timers.Add(timer);
        return timer;
    }

    /// <summary>Moves the clock on and fires every live timer once.</summary>
    public void Advance(TimeSpan by)
    {
        Now += by;
        foreach (var timer in _timers.Where(t => !t.Disposed).ToList()) timer.Fire();
    }

    private sealed class ManualTimer(Action fire) : ITimer
    {
        public bool Disposed { get; private set; }

        public void Fire() => fire();

        public bool Change(TimeSpan dueTime, TimeSpan period) => !Disposed;

        public void Dispose() => Disposed = true;

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
