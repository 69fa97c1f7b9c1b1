using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Accounts;

public sealed class CreateAdminCommandTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(StaffWorld world, string password, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await CreateAdminCommand.RunAsync(world.Factory.Services, ["create-admin", .. args], new StringReader(password + "\n"), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_command_creates_an_admin_who_can_sign_in_with_the_password_read_from_input()
    {
        await using var world = await StaffWorld.CreateAsync();
        var (code, output, _) = await RunAsync(world, "A-long-enough-secret-42", "--email", "first.admin@example.fr", "--name", "Première admin");
        Assert.Equal(0, code);
        Assert.Contains("first.admin@example.fr", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A-long-enough-secret-42", output, StringComparison.Ordinal);
        await using var scope = world.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var admin = await users.FindByEmailAsync("first.admin@example.fr");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, StaffRoles.Admin));
        Assert.Equal("Première admin", admin.DisplayName);
        await world.SignInAsync("first.admin@example.fr", "A-long-enough-secret-42");
    }

    [Fact]
    public async Task A_short_password_a_missing_email_or_an_existing_account_is_refused_with_a_reason()
    {
        await using var world = await StaffWorld.CreateAsync();
        var shortPassword = await RunAsync(world, "short", "--email", "x@example.fr");
        Assert.Equal(1, shortPassword.Code);
        Assert.Contains("10", shortPassword.Error, StringComparison.Ordinal);

        var noEmail = await RunAsync(world, "A-long-enough-secret-42");
        Assert.Equal(2, noEmail.Code);
        Assert.Contains("--email", noEmail.Error, StringComparison.Ordinal);

        var existing = await RunAsync(world, "A-long-enough-secret-42", "--email", StaffWorld.MediatorA);
        Assert.Equal(1, existing.Code);
        Assert.Contains("already exists", existing.Error, StringComparison.Ordinal);
    }
}
