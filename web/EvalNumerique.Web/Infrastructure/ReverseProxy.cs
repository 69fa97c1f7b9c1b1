using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy the client's address comes from X-Forwarded-For — only from proxies we
/// trust (loopback, plus <c>ForwardedHeaders:KnownProxies</c>). Rate limits are per client address,
/// so without this every visitor would share the proxy's one allowance.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (string proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                if (!IPAddress.TryParse(proxy, out var address))
                    throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.");
                options.KnownProxies.Add(address);
            }
        });
}
