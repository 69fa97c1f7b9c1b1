namespace EvalNumerique.Engine.ItemQuality;

/// <summary>Classical test theory statistics of one item (see <see cref="ClassicalStatistics"/>).</summary>
/// <param name="Answers">N, how many persons answered the item.</param>
/// <param name="PValue">Proportion correct among them; null without answers.</param>
/// <param name="PointBiserial">Point-biserial correlation of the item score with the person's θ̂; null when either does not vary.</param>
/// <param name="CorrectedItemTotal">
/// Correlation of the item score with the sum of the other items' scores; only for complete data
/// (every person answered every item), null otherwise or when either does not vary.
/// </param>
public sealed record ClassicalItemStatistics(int Answers, double? PValue, double? PointBiserial, double? CorrectedItemTotal);
