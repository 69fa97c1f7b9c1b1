using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;

namespace EvalNumerique.LoadTest;

/// <summary>
/// K real SignalR clients on the live follow-up hub, signed in once through the staff sign-in form
/// as the demo mediator (Development only); each counts the checkChanged messages it hears.
/// </summary>
internal sealed partial class Watchers : IAsyncDisposable
{
    public const string Email = "mediatrice@demo.evalnumerique.test";
    private const string Password = "Demo-Mediation-2026";

    private readonly List<HubConnection> _connections = [];
    private long _messages;

    public long Messages => Interlocked.Read(ref _messages);

    public int Connected => _connections.Count(c => c.State == HubConnectionState.Connected);

    public int Opened => _connections.Count;

    /// <summary>The kiosk token of the mediator's structure: checks started with it are followed live by the watchers.</summary>
    public string? KioskToken { get; private set; }

    public static async Task<Watchers> ConnectAsync(Uri baseUrl, int count)
    {
        var watchers = new Watchers();
        if (count == 0) return watchers;
        string cookie = await SignInAsync(baseUrl);
        watchers.KioskToken = await KioskTokenAsync(baseUrl, cookie);
        for (int i = 0; i < count; i++)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(baseUrl, "/hubs/follow"), options => options.Headers["Cookie"] = cookie)
                .Build();
            connection.On<JsonElement>("checkChanged", _ => Interlocked.Increment(ref watchers._messages));
            await connection.StartAsync();
            watchers._connections.Add(connection);
        }
        return watchers;
    }

    /// <summary>GET the sign-in page, POST its form with the antiforgery token; the staff cookie comes back.</summary>
    private static async Task<string> SignInAsync(Uri baseUrl)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl };
        string page = await http.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = AntiforgeryField().Match(page);
        if (!token.Success) throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = "login",
        });
        using var reply = await http.PostAsync(new Uri("/account/login", UriKind.Relative), form);
        string header = cookies.GetCookieHeader(baseUrl);
        if (reply.StatusCode != HttpStatusCode.Redirect || !header.Contains("evalnum-staff=", StringComparison.Ordinal))
            throw new InvalidOperationException($"Sign-in of {Email} failed ({(int)reply.StatusCode}); the demo accounts exist only in Development.");
        return header;
    }

    /// <summary>POST /api/v1/kiosk-tokens as the signed-in mediator (member of one structure).</summary>
    private static async Task<string> KioskTokenAsync(Uri baseUrl, string cookie)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/kiosk-tokens", UriKind.Relative))
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", cookie);
        using var reply = await http.SendAsync(request);
        reply.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await reply.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections) await connection.DisposeAsync();
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryField();
}
