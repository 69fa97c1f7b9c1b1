namespace EvalNumerique.Engine.ItemQuality;

/// <summary>Infit and outfit of one item (see <see cref="ItemFit"/>); all null without answers.</summary>
/// <param name="Answers">How many answers the statistics rest on.</param>
/// <param name="Outfit">Unweighted mean square; 1 expected, &gt; 1 noisier than the model (underfit), &lt; 1 too predictable (overfit).</param>
/// <param name="OutfitT">Outfit standardised by the Wilson–Hilferty cube-root transformation, ≈ N(0, 1) under the model.</param>
/// <param name="Infit">Information-weighted mean square.</param>
/// <param name="InfitT">Infit standardised the same way.</param>
public sealed record ItemFitStatistics(int Answers, double? Outfit, double? OutfitT, double? Infit, double? InfitT);
