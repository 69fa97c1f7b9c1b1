namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>A calibration that cannot run on the data there is (no item with enough answers, unknown model): the message says what to do.</summary>
public sealed class CalibrationRefusedException : Exception
{
    public CalibrationRefusedException()
        : base("The calibration cannot run.")
    {
    }

    public CalibrationRefusedException(string message)
        : base(message)
    {
    }

    public CalibrationRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
