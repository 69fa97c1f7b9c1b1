namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>
/// The difficulty-prior comparison of a run, as stored: cross-validated RMSE of the feature model
/// and of the level rule on the run's calibrated items, and which one gives the items left
/// uncalibrated their parameters.
/// </summary>
public sealed record PriorsSummary(
    int CalibratedItems,
    double? ModelRmseB,
    double? RuleRmseB,
    double? ModelRmseLogA,
    double? RuleRmseLogA,
    bool ModelForB,
    bool ModelForA,
    string Reason)
{
    public static PriorsSummary None { get; } = new(0, null, null, null, null, false, false, "");
}
