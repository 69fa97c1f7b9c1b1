using System.Net;
using System.Threading.Channels;
using EvalNumerique.Web.Features.Follow;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;

namespace EvalNumerique.Web.Tests.Follow;

/// <summary>
/// A real SignalR client on the follow-up hub of a test server, carrying a staff cookie obtained
/// through the sign-in form; every <c>checkChanged</c> message lands in <see cref="Received"/>.
/// </summary>
internal sealed class FollowHubClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Channel<CheckFollowUp> _received = Channel.CreateUnbounded<CheckFollowUp>();

    private FollowHubClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<CheckFollowUp>(FollowHub.CheckChanged, update => _received.Writer.TryWrite(update));
    }

    public HubConnection Connection { get; }

    public ChannelReader<CheckFollowUp> Received => _received.Reader;

    /// <summary>Signs in through the form (no cookie when <paramref name="email"/> is null), then connects.</summary>
    public static async Task<FollowHubClient> ConnectAsync(StaffWorld world, string? email)
    {
        ArgumentNullException.ThrowIfNull(world);
        var client = new FollowHubClient(Build(world, email is null ? null : await StaffCookieAsync(world, email)));
        await client.Connection.StartAsync();
        // StartAsync returns at the handshake, possibly before the server's OnConnectedAsync has joined
        // the groups; a hub call is served only after it, so once this returns the groups are joined.
        if (email is not null) await client.Connection.InvokeAsync(nameof(FollowHub.WatchAll));
        return client;
    }

    /// <summary>A connection not started yet, with this cookie header (or none).</summary>
    public static HubConnection Build(StaffWorld world, string? cookie)
    {
        ArgumentNullException.ThrowIfNull(world);
        return new HubConnectionBuilder()
            .WithUrl(new Uri(world.Factory.Server.BaseAddress, "hubs/follow"), options =>
            {
                options.HttpMessageHandlerFactory = _ => world.Factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                if (cookie is not null) options.Headers["Cookie"] = cookie;
            })
            .Build();
    }

    /// <summary>The staff cookie header after a real sign-in through the form.</summary>
    public static async Task<string> StaffCookieAsync(StaffWorld world, string email)
    {
        ArgumentNullException.ThrowIfNull(world);
        var cookies = new CookieContainer();
        using var http = world.Factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        var response = await StaffWorld.PostFormAsync(http, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = StaffWorld.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string header = cookies.GetCookieHeader(world.Factory.Server.BaseAddress);
        Assert.Contains("evalnum-staff=", header, StringComparison.Ordinal);
        return header;
    }

    /// <summary>The next message, or a failure after a bounded wait.</summary>
    public async Task<CheckFollowUp> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No checkChanged message within {Patience.TotalSeconds} s.");
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
