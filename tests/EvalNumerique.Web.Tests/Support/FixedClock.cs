namespace EvalNumerique.Web.Tests.Support;

/// <summary>A clock a test sets: "now" is whatever the test says.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
