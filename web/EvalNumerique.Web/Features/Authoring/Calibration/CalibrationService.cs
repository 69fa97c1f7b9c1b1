using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>
/// Calibration runs for trainers: start one on the collected answers, review it, accept it (its
/// parameters are then used by new checks) or revert an accepted one (the previous accepted run,
/// or the files' parameters, come back). Every decision is audited; nothing is ever deleted.
/// </summary>
public sealed class CalibrationService(IDbContextFactory<EvalDbContext> dbFactory, CalibrationJobs jobs, ItemBankProvider bank, AuditLog audit, TimeProvider clock)
{
    /// <summary>Starts a run in the background; null when one is already running (one at a time) or the model is unknown.</summary>
    public async Task<int?> StartAsync(StaffScope trainer, string model, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        if (!trainer.MayCalibrate || !CalibrationModels.IsKnown(model)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        if (await db.CalibrationRuns.AnyAsync(r => r.Status == CalibrationRunStatus.Running, cancel)) return null;
        var run = new CalibrationRun { StartedAt = clock.GetUtcNow(), StartedBy = trainer.Name, Model = model, Status = CalibrationRunStatus.Running };
        db.CalibrationRuns.Add(run);
        await db.SaveChangesAsync(cancel);
        await audit.RecordAsync(trainer, AuditActions.StartedCalibration, "calibration", Id(run.Id), detail: model, cancel: cancel);
        await jobs.EnqueueAsync(run.Id, cancel);
        return run.Id;
    }

    public async Task<IReadOnlyList<CalibrationRun>> RunsAsync(CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var runs = await db.CalibrationRuns.AsNoTracking().ToListAsync(cancel);
        return [.. runs.OrderByDescending(r => r.Id)];
    }

    public async Task<CalibrationRun?> RunAsync(int id, CancellationToken cancel = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        return await db.CalibrationRuns.AsNoTracking().Include(r => r.Items).FirstOrDefaultAsync(r => r.Id == id, cancel);
    }

    /// <summary>Puts a finished run's parameters in force; false when it is not finished or already in force.</summary>
    public async Task<bool> AcceptAsync(StaffScope trainer, int id, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        if (!trainer.MayCalibrate) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var run = await db.CalibrationRuns.FirstOrDefaultAsync(r => r.Id == id, cancel);
        if (run is null || run.Status != CalibrationRunStatus.Finished || run.AcceptedAt is not null) return false;
        run.AcceptedAt = clock.GetUtcNow();
        run.AcceptedBy = trainer.Name;
        await db.SaveChangesAsync(cancel);
        await ApplyInForceAsync(db, bank, cancel);
        await audit.RecordAsync(trainer, AuditActions.AcceptedCalibration, "calibration", Id(id), detail: $"{run.Calibrated} items", cancel: cancel);
        return true;
    }

    /// <summary>Takes an accepted run out of force; false when it is not in force.</summary>
    public async Task<bool> RevertAsync(StaffScope trainer, int id, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        if (!trainer.MayCalibrate) return false;
        await using var db = await dbFactory.CreateDbContextAsync(cancel);
        var run = await db.CalibrationRuns.FirstOrDefaultAsync(r => r.Id == id, cancel);
        if (run is null || !run.IsInForce) return false;
        run.RevertedAt = clock.GetUtcNow();
        run.RevertedBy = trainer.Name;
        await db.SaveChangesAsync(cancel);
        await ApplyInForceAsync(db, bank, cancel);
        await audit.RecordAsync(trainer, AuditActions.RevertedCalibration, "calibration", Id(id), cancel: cancel);
        return true;
    }

    /// <summary>The run whose parameters are in force: the latest accepted and not reverted, or null (the files' parameters).</summary>
    public static async Task<CalibrationRun?> InForceAsync(EvalDbContext db, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var accepted = await db.CalibrationRuns.AsNoTracking().Include(r => r.Items)
            .Where(r => r.AcceptedAt != null && r.RevertedAt == null).ToListAsync(cancel);
        return accepted.OrderByDescending(r => r.AcceptedAt).ThenByDescending(r => r.Id).FirstOrDefault();
    }

    /// <summary>Gives the bank the parameters in force (at start-up, and after every decision).</summary>
    public static async Task ApplyInForceAsync(EvalDbContext db, ItemBankProvider bank, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var run = await InForceAsync(db, cancel);
        bank.UseParameters(run?.Id, run is null ? null : ParameterSets.Of(run.Items));
    }

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
