namespace EvalNumerique.Web.Features.Privacy;

/// <summary>
/// Runs the <see cref="RetentionRule"/> shortly after start-up, then every
/// <c>Retention:CheckEveryHours</c> hours (24 by default). <c>Retention:FirstRunAfterMinutes</c>
/// (2 by default) leaves the start-up to the database migration and the first requests.
/// A failed pass is logged and tried again at the next one. <c>Retention:CheckEveryHours</c> = 0
/// turns the job off (for a deployment that runs the rule from elsewhere).
/// </summary>
public sealed class RetentionJob(RetentionRule rule, IConfiguration configuration, TimeProvider clock, ILogger<RetentionJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        double hours = configuration.GetValue("Retention:CheckEveryHours", 24.0);
        if (hours <= 0)
        {
            log.LogWarning("Retention job is off (Retention:CheckEveryHours = {Hours}): records are not erased automatically.", hours);
            return;
        }
        var every = TimeSpan.FromHours(hours);
        var firstRun = TimeSpan.FromMinutes(Math.Max(0, configuration.GetValue("Retention:FirstRunAfterMinutes", 2.0)));
        try
        {
            await Task.Delay(firstRun, clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var report = await rule.ApplyAsync(stoppingToken);
                    if (report.PeopleErased + report.InvitationsErased > 0)
                        log.LogInformation("Retention: {People} people and {Invitations} unused invitations erased.", report.PeopleErased, report.InvitationsErased);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Retention pass failed; it runs again in {Hours} hours.", every.TotalHours);
                }
                await Task.Delay(every, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }
}
