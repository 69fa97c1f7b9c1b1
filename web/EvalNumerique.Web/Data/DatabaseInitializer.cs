namespace EvalNumerique.Web.Data;

/// <summary>Migrates and seeds the database before the app takes requests (also under the test host).</summary>
public sealed class DatabaseInitializer(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => DatabaseSetup.MigrateAndSeedAsync(services);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
