using System.Net;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Accounts;

public sealed class SignInTests
{
    [Fact]
    public async Task A_mediator_signs_in_through_the_form_and_reaches_the_staff_space()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = await world.SignInAsync(StaffWorld.MediatorA);
        var home = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        int signIns = await world.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.SignedIn));
        Assert.Equal(1, signIns);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_kindly_and_logged()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = world.Anonymous();
        var response = await StaffWorld.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = StaffWorld.MediatorA,
            ["Input.Password"] = "not the password",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ne correspond pas", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
        int failures = await world.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.SignInFailed));
        Assert.Equal(1, failures);
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = world.Anonymous();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = StaffWorld.MediatorA,
            ["Input.Password"] = StaffWorld.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_posts_are_rate_limited_per_address()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = world.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 12; i++)
        {
            var response = await StaffWorld.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
            {
                ["Input.Email"] = $"nobody{i}@test.evalnumerique.test",
                ["Input.Password"] = "guess",
            });
            statuses.Add(response.StatusCode);
        }
        Assert.True(10 == statuses.Count(s => s == HttpStatusCode.OK), string.Join(",", statuses));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_account_is_locked_even_with_the_right_one()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = world.Anonymous();
        for (int i = 0; i < 5; i++)
        {
            await StaffWorld.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
            {
                ["Input.Email"] = StaffWorld.MediatorA,
                ["Input.Password"] = "wrong password",
            });
        }
        var response = await StaffWorld.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = StaffWorld.MediatorA,
            ["Input.Password"] = StaffWorld.Password,
        });
        Assert.Contains("Trop d'essais", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/mediation", "/staff")]
    [InlineData("//evil.example/x", "/staff")]
    [InlineData("https://evil.example/", "/staff")]
    [InlineData("/\\evil.example", "/staff")]
    [InlineData(null, "/staff")]
    public void Return_urls_stay_on_this_site(string? url, string expectedFallback)
    {
        string safe = LoginPage.SafeReturnUrl(url);
        Assert.True(safe == url || safe == expectedFallback);
        Assert.StartsWith("/", safe, StringComparison.Ordinal);
        Assert.False(safe.StartsWith("//", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_needs_the_form_and_ends_the_session()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = await world.SignInAsync(StaffWorld.MediatorA);
        var response = await StaffWorld.PostFormAsync(client, "/account/logout", "logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }
}
