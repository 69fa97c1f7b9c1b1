using System.Net;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Mediation.People;

/// <summary>The endpoints of the people pages refuse anonymous users and accounts without the mediation role before any page code runs.</summary>
public sealed class PeoplePagesAuthorizationTests
{
    public static TheoryData<string> Pages() =>
    [
        "/mediation/people",
        "/mediation/people/new",
        $"/mediation/people/{Guid.NewGuid()}",
        $"/mediation/invitations/{Guid.NewGuid()}",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_users_are_sent_to_the_sign_in_page(string path)
    {
        await using var world = await StaffWorld.CreateAsync();
        var response = await world.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains(Uri.EscapeDataString(path), response.Headers.Location.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_trainer_is_told_the_page_is_not_for_their_account(string path)
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = await world.SignInAsync(StaffWorld.Trainer);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_mediator_and_an_admin_reach_the_pages(string path)
    {
        await using var world = await StaffWorld.CreateAsync();
        foreach (string account in new[] { StaffWorld.MediatorA, StaffWorld.Admin })
        {
            var client = await world.SignInAsync(account);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }
    }
}
