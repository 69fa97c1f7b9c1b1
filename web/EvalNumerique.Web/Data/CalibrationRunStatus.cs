namespace EvalNumerique.Web.Data;

/// <summary>Where a calibration run stands.</summary>
public enum CalibrationRunStatus
{
    Running,
    Finished,
    Failed,
}
