using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EvalNumerique.Web.Tests.Support;

/// <summary>
/// The real app on the test host, with its own SQLite file. Two factories on the same file are
/// the same app before and after a restart.
/// </summary>
internal sealed class EvalWebFactory(string databasePath, string? itembank = null) : WebApplicationFactory<Program>
{
    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"evalnum-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:EvalNumerique", $"Data Source={databasePath};Pooling=False");
        builder.UseSetting("ItemBank:Path", itembank ?? RepositoryPaths.Itembank);
        builder.UseSetting("RateLimits:StartPerMinute", "1000");
        builder.UseSetting("RateLimits:ApiPerMinute", "100000");
    }
}
