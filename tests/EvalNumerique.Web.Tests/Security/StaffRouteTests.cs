using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace EvalNumerique.Web.Tests.Security;

/// <summary>
/// Every staff page, found by reflection so that a page added later is covered too: it carries an
/// authorisation attribute, and an anonymous visitor is sent to the sign-in page, never served.
/// </summary>
public sealed partial class StaffRouteTests(StaffRouteTests.World world) : IClassFixture<StaffRouteTests.World>
{
    /// <summary>One app for all the routes.</summary>
    public sealed class World : IAsyncLifetime
    {
        internal StaffWorld Staff { get; private set; } = default!;

        public async Task InitializeAsync() => Staff = await StaffWorld.CreateAsync();

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
