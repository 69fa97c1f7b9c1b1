namespace EvalNumerique.Engine.ItemQuality;

/// <summary>Orlando &amp; Thissen's S-X² of one item (see <see cref="SumScoreFit"/>).</summary>
/// <param name="ChiSquare">S-X² after collapsing thin score groups.</param>
/// <param name="DegreesOfFreedom">Score groups after collapsing minus the item's estimated parameters.</param>
/// <param name="PValue">P(χ²_df ≥ S-X²); null when there are no degrees of freedom left.</param>
/// <param name="Groups">Score groups after collapsing.</param>
public sealed record SumScoreFitStatistics(double ChiSquare, int DegreesOfFreedom, double? PValue, int Groups);
