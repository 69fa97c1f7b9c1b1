using EvalNumerique.Web.Features.Referrals.Interop;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals.Interop;

/// <summary>
/// The app of a <see cref="StaffWorld"/> with the Coop export's route. When Program.cs maps it
/// (<c>app.MapReferralInterop()</c>), that is the app itself; until then, the same app on the same
/// database with the route mapped in front of its pipeline (sign-in, cookie and policy as in the app).
/// </summary>
internal static class InteropHost
{
    public static WebApplicationFactory<Program> For(StaffWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var endpoints = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        if (endpoints.OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText == ReferralInteropEndpoints.PathTemplate))
            return world.Factory;
        return world.Factory.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddSingleton<IStartupFilter, RouteFirst>()));
    }

    public static HttpClient Anonymous(WebApplicationFactory<Program> host) =>
        host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string email)
    {
        var client = Anonymous(host);
        var response = await StaffWorld.PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = StaffWorld.Password,
        });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)response.StatusCode}");
        return client;
    }

    /// <summary>Requests for the export go through routing, authentication, authorisation and the endpoint; the rest to the app.</summary>
    private sealed class RouteFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWhen(context => context.Request.Path.Value?.EndsWith("/accompaniments.csv", StringComparison.Ordinal) == true, branch =>
            {
                branch.UseRouting();
                branch.UseAuthentication();
                branch.UseAuthorization();
                branch.UseEndpoints(routes => routes.MapReferralInterop());
            });
            next(app);
        };
    }
}
