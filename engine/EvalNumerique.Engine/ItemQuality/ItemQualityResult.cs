namespace EvalNumerique.Engine.ItemQuality;

/// <summary>Everything known about the quality of one item, and why it should be reviewed (empty when it need not).</summary>
/// <param name="Id">The item's id.</param>
/// <param name="Classical">p-value and point-biserial.</param>
/// <param name="Fit">Infit and outfit.</param>
/// <param name="SumScoreFit">Orlando &amp; Thissen's S-X², for complete data only (null for adaptive data).</param>
/// <param name="Dif">One entry per grouping, in the order the groupings were given.</param>
/// <param name="Administrations">How many times the item was given.</param>
/// <param name="ExposureRate">Administrations / checks.</param>
/// <param name="Flags">The review flags.</param>
public sealed record ItemQualityResult(
    string Id,
    ClassicalItemStatistics Classical,
    ItemFitStatistics Fit,
    SumScoreFitStatistics? SumScoreFit,
    IReadOnlyList<ItemDif> Dif,
    int Administrations,
    double ExposureRate,
    IReadOnlyList<ReviewFlag> Flags)
{
    /// <summary>Whether any flag asks for a review.</summary>
    public bool NeedsReview => Flags.Count > 0;
}
