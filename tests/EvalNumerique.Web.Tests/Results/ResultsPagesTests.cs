using System.Net;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Results;

/// <summary>The results pages refuse anonymous users and other roles at the endpoint itself.</summary>
public sealed class ResultsPagesTests
{
    private static readonly string[] Routes =
    [
        $"/mediation/checks/{Guid.NewGuid()}",
        $"/mediation/people/{Guid.NewGuid()}/summary",
    ];

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_trainers_to_access_denied()
    {
        await using var world = await StaffWorld.CreateAsync();
        var anonymous = world.Anonymous();
        var trainer = await world.SignInAsync(StaffWorld.Trainer);
        var mediator = await world.SignInAsync(StaffWorld.MediatorA);

        foreach (string route in Routes)
        {
            var response = await anonymous.GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);

            response = await trainer.GetAsync(route);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);

            response = await mediator.GetAsync(route);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
