using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace EvalNumerique.Web.Tests.Security;

/// <summary>
/// Every staff page, found by reflection so that a page added later is covered too: it carries an
/// authorisation attribute, an anonymous visitor is sent to the sign-in page, and each role reaches
/// only its space (mediation and kiosk: mediators and admins; authoring: trainers and admins; admin: admins; /staff: any staff).
/// </summary>
public sealed partial class StaffRouteTests(StaffRouteTests.World world) : IClassFixture<StaffRouteTests.World>
{
    /// <summary>One app for all the routes, with a signed-in client per role.</summary>
    public sealed class World : IAsyncLifetime
    {
        internal StaffWorld Staff { get; private set; } = default!;

        internal Dictionary<string, HttpClient> SignedIn { get; } = [];

        public async Task InitializeAsync()
        {
            Staff = await StaffWorld.CreateAsync();
            foreach (string email in new[] { StaffWorld.MediatorA, StaffWorld.Admin, StaffWorld.Trainer })
                SignedIn[email] = await Staff.SignInAsync(email);
        }

        public async Task DisposeAsync() => await Staff.DisposeAsync();
    }

    private static readonly string[] StaffPrefixes = ["/staff", "/mediation", "/admin", "/kiosk", "/authoring"];

    private static IEnumerable<(Type Page, string Route)> StaffPages() =>
        from type in typeof(Program).Assembly.GetTypes()
        from route in type.GetCustomAttributes<RouteAttribute>()
        where StaffPrefixes.Any(p => route.Template.StartsWith(p, StringComparison.Ordinal))
        select (type, route.Template);

    public static TheoryData<string> StaffRoutes()
    {
        var data = new TheoryData<string>();
        foreach (var (_, route) in StaffPages()) data.Add(route);
        return data;
    }

    [Fact]
    public void Every_staff_page_requires_an_account()
    {
        var pages = StaffPages().ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(page.Page.GetCustomAttribute<AuthorizeAttribute>() is not null, $"{page.Page.Name} ({page.Route}) has no [Authorize]"));
    }

    [Theory]
    [MemberData(nameof(StaffRoutes))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string route)
    {
        string path = Concrete(route);
        var response = await world.Staff.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StaffRoutes))]
    public async Task Each_role_reaches_only_the_pages_of_its_space(string route)
    {
        string path = Concrete(route);
        bool adminOnly = route.StartsWith("/admin", StringComparison.Ordinal);
        bool authoring = route.StartsWith("/authoring", StringComparison.Ordinal);
        bool anyStaff = route.StartsWith("/staff", StringComparison.Ordinal);
        await AssertReachesAsync(StaffWorld.Admin, path, true);
        await AssertReachesAsync(StaffWorld.MediatorA, path, !adminOnly && !authoring);
        await AssertReachesAsync(StaffWorld.Trainer, path, anyStaff || authoring);
    }

    /// <summary>Reached: the page itself (200). Not reached: sent to "not for your account".</summary>
    private async Task AssertReachesAsync(string email, string path, bool reaches)
    {
        var response = await world.SignedIn[email].GetAsync(path);
        if (reaches)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{email} on {path}: {(int)response.StatusCode} {response.Headers.Location}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    /// <summary>A route template with its parameters filled ("{id:guid}" → a new GUID, "{n:int}" → 1).</summary>
    private static string Concrete(string route) => RouteParameter().Replace(route, m =>
        m.Groups["constraint"].Value switch
        {
            "guid" => Guid.NewGuid().ToString(),
            "int" => "1",
            _ => "x",
        });

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:(?<constraint>[a-z]+))?\??\}")]
    private static partial Regex RouteParameter();
}
