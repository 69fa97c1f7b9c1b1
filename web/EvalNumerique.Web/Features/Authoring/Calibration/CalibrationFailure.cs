namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>Why a run stopped, as a code the page words in the reader's language (the details go to the log).</summary>
public static class CalibrationFailure
{
    public const string NotEnoughAnswers = "not-enough-answers";
    public const string Interrupted = "interrupted";
    public const string Unexpected = "unexpected";

    /// <summary>The resource key of a failure code ("not-enough-answers" → "Failure_not_enough_answers").</summary>
    public static string Key(string? code) => "Failure_" + (code ?? Unexpected).Replace('-', '_');
}
