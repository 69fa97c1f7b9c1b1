using System.Net;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Follow;

/// <summary>The dashboard endpoint itself refuses who may not follow checks (its content is tested with bUnit).</summary>
public sealed class FollowDashboardAccessTests
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_trainers_are_refused_mediators_and_admins_get_the_page()
    {
        await using var world = await StaffWorld.CreateAsync();

        var anonymous = await world.Anonymous().GetAsync("/mediation");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var trainer = await (await world.SignInAsync(StaffWorld.Trainer)).GetAsync("/mediation");
        Assert.Equal(HttpStatusCode.Redirect, trainer.StatusCode);
        Assert.StartsWith("/account/access-denied", trainer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await (await world.SignInAsync(StaffWorld.MediatorA)).GetAsync("/mediation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await world.SignInAsync(StaffWorld.Admin)).GetAsync("/mediation")).StatusCode);
    }
}
