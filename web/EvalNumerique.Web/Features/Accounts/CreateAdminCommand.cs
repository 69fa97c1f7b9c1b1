using EvalNumerique.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace EvalNumerique.Web.Features.Accounts;

/// <summary>
/// One-time command to create an admin on a real deployment:
/// <c>dotnet run --project web/EvalNumerique.Web -- create-admin --email a@b.fr [--name "Nom"]</c>,
/// password read from standard input (never from the command line, where it would stay in the
/// shell history). Returns the process exit code.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? email = Option(args, "--email");
        string name = Option(args, "--name") ?? "Admin";
        if (string.IsNullOrWhiteSpace(email))
        {
            await error.WriteLineAsync("create-admin: --email is required, e.g. create-admin --email admin@example.fr (the password is read from standard input).");
            return 2;
        }
        if (!Console.IsInputRedirected) await output.WriteAsync("Password (10 characters or more): ");
        string password = (await input.ReadLineAsync())?.Trim() ?? "";

        await DatabaseSetup.MigrateAndSeedAsync(services);
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await error.WriteLineAsync($"create-admin: an account with the email {email} already exists; nothing was changed.");
            return 1;
        }
        var errors = await StaffSeeder.CreateAsync(users, email, name, password, StaffRoles.Admin);
        if (errors.Count > 0)
        {
            await error.WriteLineAsync($"create-admin: {string.Join(" ", errors)}");
            return 1;
        }
        await output.WriteLineAsync($"Admin account {email} created. Sign in at /account/login, then add structures and accounts.");
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (int i = 0; i < args.Count - 1; i++)
            if (args[i] == name) return args[i + 1];
        return null;
    }
}
