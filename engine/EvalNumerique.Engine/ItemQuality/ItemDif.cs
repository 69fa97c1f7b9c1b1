namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// The DIF of one item for one grouping. <see cref="Class"/> is null ("too few answers") when either
/// group has fewer answers than <see cref="ItemQualityOptions.MinDifAnswersPerGroup"/> or the
/// statistics are undefined; <see cref="Statistics"/> is then still given when it could be computed.
/// </summary>
/// <param name="Grouping">The grouping's name.</param>
/// <param name="ReferenceAnswers">Answers to the item from the reference group.</param>
/// <param name="FocalAnswers">Answers to the item from the focal group.</param>
/// <param name="Statistics">The Mantel–Haenszel statistics, or null when undefined.</param>
/// <param name="Class">The ETS class, or null when there are too few answers to classify.</param>
public sealed record ItemDif(string Grouping, int ReferenceAnswers, int FocalAnswers, MantelHaenszelResult? Statistics, EtsClass? Class)
{
    /// <summary>Whether the item has too few answers (or undefined statistics) to be classified.</summary>
    public bool TooFewAnswers => Class is null;

    /// <summary>Who the item favours: the sign of Δ_MH (negative: the reference group), or null for class A or unclassified.</summary>
    public DifFavours? Favours => Class is null or EtsClass.A || Statistics is not { } s ? null
        : s.Delta < 0 ? DifFavours.Reference : DifFavours.Focal;
}
