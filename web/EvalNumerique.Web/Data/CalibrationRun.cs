namespace EvalNumerique.Web.Data;

/// <summary>
/// One calibration of the bank on the answers collected so far, run in the background. Its
/// parameters reach checks only once a trainer accepts it; a revert puts the previous ones back.
/// </summary>
public sealed class CalibrationRun
{
    public int Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public required string StartedBy { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public CalibrationRunStatus Status { get; set; }

    /// <summary>"auto" (2PL, or 3PL for items with a guessing parameter), "1PL", "2PL" or "3PL".</summary>
    public required string Model { get; set; }

    /// <summary>0–100, for the page that watches the run.</summary>
    public int Progress { get; set; }

    public int Persons { get; set; }

    public int Answers { get; set; }

    /// <summary>Items whose parameters were estimated.</summary>
    public int Calibrated { get; set; }

    /// <summary>Items held at their current parameters (too few answers): they keep the scale.</summary>
    public int Anchors { get; set; }

    public bool Converged { get; set; }

    public int Cycles { get; set; }

    public double LogLikelihood { get; set; }

    public double LatentMean { get; set; }

    public double LatentSd { get; set; } = 1;

    /// <summary>Run-level warnings as a JSON list of strings.</summary>
    public string Warnings { get; set; } = "[]";

    /// <summary>
    /// The difficulty-prior comparison on this run's calibrated items as JSON (model vs level rule,
    /// cross-validated RMSE, which one is used for the items left uncalibrated, and why).
    /// </summary>
    public string Priors { get; set; } = "{}";

    /// <summary>Why the run failed, in words.</summary>
    public string? Failure { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public string? AcceptedBy { get; set; }

    public DateTimeOffset? RevertedAt { get; set; }

    public string? RevertedBy { get; set; }

    public List<CalibrationItemResult> Items { get; set; } = [];

    /// <summary>Accepted and not reverted: its parameters are the ones checks use.</summary>
    public bool IsInForce => AcceptedAt is not null && RevertedAt is null;
}
