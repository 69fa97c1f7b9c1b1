using System.Net;
using EvalNumerique.Web.Infrastructure;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Security;

/// <summary>Check codes are short (easy to type), so guessing them on the pages is slowed down per connection and connections per address.</summary>
public sealed class CodeGuessingTests
{
    [Fact]
    public void After_ten_unknown_codes_in_a_minute_lookups_stop_until_the_minute_is_over()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var guard = new CodeLookupGuard(clock);
        for (int i = 0; i < CodeLookupGuard.MaxFailures - 1; i++) guard.Failed();
        Assert.False(guard.Blocked);
        guard.Failed();
        Assert.True(guard.Blocked);
        clock.Now = clock.Now.AddSeconds(59);
        Assert.True(guard.Blocked);
        clock.Now = clock.Now.AddSeconds(2);
        Assert.False(guard.Blocked);
    }

    [Fact]
    public async Task New_page_connections_are_limited_per_address()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = world.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 62; i++)
            statuses.Add((await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(60, statuses.Count(s => s != HttpStatusCode.TooManyRequests));
    }
}
