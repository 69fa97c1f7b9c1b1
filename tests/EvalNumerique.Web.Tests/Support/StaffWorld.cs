using System.Net;
using System.Text.RegularExpressions;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Support;

/// <summary>
/// Two structures (A and B) on a real app with its own SQLite file, their staff accounts, and
/// signed-in HTTP clients that go through the real sign-in form (antiforgery token and cookie).
/// </summary>
internal sealed partial class StaffWorld : IAsyncDisposable
{
    public const string Password = "Test-password-42";

    private readonly string _database = EvalWebFactory.NewDatabasePath();

    public StaffWorld() => Factory = new EvalWebFactory(_database);

    public EvalWebFactory Factory { get; }

    public Structure StructureA { get; private set; } = default!;

    public Structure StructureB { get; private set; } = default!;

    /// <summary>Mediator of structure A.</summary>
    public const string MediatorA = "mediator-a@test.evalnumerique.test";

    /// <summary>Mediator of structure B.</summary>
    public const string MediatorB = "mediator-b@test.evalnumerique.test";

    /// <summary>Admin, member of no structure.</summary>
    public const string Admin = "admin@test.evalnumerique.test";

    /// <summary>Trainer, member of no structure.</summary>
    public const string Trainer = "trainer@test.evalnumerique.test";

    public static async Task<StaffWorld> CreateAsync()
    {
        var world = new StaffWorld();
        _ = world.Factory.Server; // starts the host: migrations and roles
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        world.StructureA = new Structure { Name = "CCAS A", Kind = StructureKind.Ccas, Commune = "Aville" };
        world.StructureB = new Structure { Name = "France Services B", Kind = StructureKind.FranceServices, Commune = "Beville" };
        db.Structures.AddRange(world.StructureA, world.StructureB);
        await db.SaveChangesAsync();
        await world.AddUserAsync(MediatorA, StaffRoles.Mediator, world.StructureA.Id);
        await world.AddUserAsync(MediatorB, StaffRoles.Mediator, world.StructureB.Id);
        await world.AddUserAsync(Admin, StaffRoles.Admin);
        await world.AddUserAsync(Trainer, StaffRoles.Trainer);
        return world;
    }

    public async Task<StaffUser> AddUserAsync(string email, string role, params int[] structures)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var errors = await StaffSeeder.CreateAsync(users, email, email.Split('@')[0], Password, role);
        Assert.Empty(errors);
        var user = (await users.FindByEmailAsync(email))!;
        var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
        foreach (int structure in structures) db.StructureMemberships.Add(new StructureMembership { UserId = user.Id, StructureId = structure });
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>A client with no cookie and no automatic redirects (a test sees each 302).</summary>
    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real form.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = Password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in of {email} answered {(int)response.StatusCode}");
        return client;
    }

    /// <summary>GETs a static page, then posts its form with the antiforgery token it carried.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        string page = await client.GetStringAsync(path);
        var tokens = AntiforgeryField().Matches(page);
        // Exactly one: a browser posts every field, and two tokens fail validation.
        Assert.True(tokens.Count == 1, $"{path} has {tokens.Count} antiforgery tokens, not one");
        var token = tokens[0];
        var form = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = formName,
        };
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public async Task<T> InDatabaseAsync<T>(Func<EvalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<EvalDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        foreach (string file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_database) + "*")) File.Delete(file);
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""([^""]+)""")]
    private static partial Regex AntiforgeryField();
}
