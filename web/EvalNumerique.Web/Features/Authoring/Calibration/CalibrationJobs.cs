using System.Threading.Channels;
using EvalNumerique.Engine.Calibration;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>
/// Runs calibrations one at a time in the background, writing their progress to the database so
/// the page (and any other trainer) can follow it. A run interrupted by a restart is marked failed
/// with a message, never left "running".
/// </summary>
public sealed class CalibrationJobs(IDbContextFactory<EvalDbContext> dbFactory, ItemBankProvider bank, TimeProvider clock, ILogger<CalibrationJobs> logger) : BackgroundService
{
    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    public ValueTask EnqueueAsync(int runId, CancellationToken cancel = default) => _queue.Writer.WriteAsync(runId, cancel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await FailInterruptedAsync(stoppingToken);
        await foreach (int runId in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(runId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A failing background service would stop the whole app: log, mark the run failed, go on.
                logger.LogError(e, "Calibration run {Run} could not be completed", runId);
                await MarkFailedAsync(runId, CalibrationFailure.Unexpected, stoppingToken);
            }
        }
    }

    /// <summary>Runs one calibration now (also used by tests, without the queue).</summary>
    public async Task RunAsync(int runId, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var run = await db.CalibrationRuns.FirstOrDefaultAsync(r => r.Id == runId && r.Status == CalibrationRunStatus.Running, cancel);
        if (run is null) return;
        var pool = bank.Adaptive.Pool;
        try
        {
            var data = await CollectedAnswers.LoadAsync(db, pool, cancel);
            await SetProgressAsync(runId, 5, cancel);
            var reporter = new ProgressWriter(this, runId, CalibrationOptions.Default.ParameterTolerance);
            // EM is CPU work of seconds: off the request threads, on the thread pool.
            var outcome = await Task.Run(() => CalibrationRunner.Run(data, pool, run.Model, reporter, cancel), cancel);
            CalibrationRecords.Fill(run, outcome, pool);
            run.Priors = System.Text.Json.JsonSerializer.Serialize(CalibrationPriors.Apply(run, bank.Bank.Items), CalibrationRecords.Json);
            run.Status = CalibrationRunStatus.Finished;
            run.Progress = 100;
        }
        catch (CalibrationRefusedException e)
        {
            logger.LogInformation("Calibration run {Run} refused: {Reason}", runId, e.Message);
            run.Status = CalibrationRunStatus.Failed;
            run.Failure = CalibrationFailure.NotEnoughAnswers;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Calibration run {Run} failed", runId);
            run.Status = CalibrationRunStatus.Failed;
            run.Failure = CalibrationFailure.Unexpected;
        }
        run.FinishedAt = clock.GetUtcNow();
        // Progress was written meanwhile by ExecuteUpdate; this save writes only what changed here.
        await db.SaveChangesAsync(cancel);
    }

    private async Task SetProgressAsync(int runId, int percent, CancellationToken cancel)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        await db.CalibrationRuns.Where(r => r.Id == runId && r.Progress < percent).ExecuteUpdateAsync(s => s.SetProperty(r => r.Progress, percent), cancel);
    }

    private void ProgressNotWritten(Exception e, int runId) => logger.LogDebug(e, "Progress of calibration run {Run} not written", runId);

    private async Task FailInterruptedAsync(CancellationToken cancel)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        await db.CalibrationRuns.Where(r => r.Status == CalibrationRunStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, CalibrationRunStatus.Failed)
                .SetProperty(r => r.Failure, CalibrationFailure.Interrupted), cancel);
    }

    private async Task MarkFailedAsync(int runId, string failure, CancellationToken cancel)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancel);
            await db.CalibrationRuns.Where(r => r.Id == runId && r.Status == CalibrationRunStatus.Running)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.Status, CalibrationRunStatus.Failed)
                    .SetProperty(r => r.Failure, failure)
                    .SetProperty(r => r.FinishedAt, clock.GetUtcNow()), cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Calibration run {Run} could not be marked as failed; it will be at the next start", runId);
        }
    }

    /// <summary>
    /// EM has no known length: progress is read from how close the largest parameter change is to
    /// the tolerance (log scale), from 10 % to 95 %, and written when it grows by 5 points.
    /// </summary>
    private sealed class ProgressWriter(CalibrationJobs jobs, int runId, double tolerance) : IProgress<CalibrationProgress>
    {
        private int _written = 5;

        public void Report(CalibrationProgress value)
        {
            double closeness = value.MaxParameterChange <= tolerance ? 1
                : Math.Clamp(Math.Log10(1 / value.MaxParameterChange) / Math.Log10(1 / tolerance), 0, 1);
            int percent = 10 + (int)(85 * Math.Max(closeness, (double)value.Cycle / value.MaxCycles));
            if (percent < _written + 5) return;
            _written = percent;
            try
            {
                jobs.SetProgressAsync(runId, percent, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Progress is for the page only: a busy database must not stop the calibration.
                jobs.ProgressNotWritten(e, runId);
            }
        }
    }
}
