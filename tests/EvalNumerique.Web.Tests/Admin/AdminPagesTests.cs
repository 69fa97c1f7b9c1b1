using System.Net;
using System.Text;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Admin;

public sealed class AdminPagesTests
{
    private static readonly string[] AdminPaths = ["/admin/audit", "/admin/structures", "/admin/accounts", "/admin/audit.csv"];

    [Fact]
    public async Task Mediators_and_trainers_are_refused_every_admin_page_and_download()
    {
        await using var world = await StaffWorld.CreateAsync();
        foreach (string email in new[] { StaffWorld.MediatorA, StaffWorld.Trainer })
        {
            var client = await world.SignInAsync(email);
            foreach (string path in AdminPaths)
            {
                var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{email} {path}: {(int)response.StatusCode}");
                Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
            }
        }
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = world.Anonymous();
        foreach (string path in AdminPaths)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(AccountSetup.LoginPath, response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_admin_opens_every_admin_page_and_downloads_the_log()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = await world.SignInAsync(StaffWorld.Admin);
        foreach (string path in AdminPaths)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);

        var csv = await client.GetAsync("/admin/audit.csv?action=signed-in");
        byte[] bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        string[] lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("date_utc;utilisateur", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length); // the admin's own sign-in
        Assert.Contains(";signed-in;", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exports_page_is_for_mediators_not_trainers()
    {
        await using var world = await StaffWorld.CreateAsync();
        Assert.Equal(HttpStatusCode.OK, (await (await world.SignInAsync(StaffWorld.MediatorA)).GetAsync("/mediation/exports")).StatusCode);
        var trainer = await (await world.SignInAsync(StaffWorld.Trainer)).GetAsync("/mediation/exports");
        Assert.Equal("/account/access-denied", trainer.Headers.Location?.AbsolutePath);
    }
}
