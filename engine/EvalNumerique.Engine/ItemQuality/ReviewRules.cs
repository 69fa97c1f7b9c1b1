using System.Globalization;

namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// Turns an item's statistics into review flags with the thresholds of <see cref="ItemQualityOptions"/>.
/// With fewer answers than <see cref="ItemQualityOptions.MinAnswers"/> only "too few answers" and
/// exposure are judged. Fit is judged on the mean square (the size of the misfit) and its t (whether
/// it is beyond chance): the t alone grows with N, so with thousands of answers a harmless misfit
/// would be "significant" (Linacre, 2002, Rasch Meas. Trans. 16:2), and the mean square alone is
/// noisy for items few persons find hard or easy.
/// </summary>
public static class ReviewRules
{
    /// <summary>The flags of one item.</summary>
    public static IReadOnlyList<ReviewFlag> Flags(
        ClassicalItemStatistics classical, ItemFitStatistics fit, IReadOnlyList<ItemDif> dif, double exposure, ItemQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(classical);
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(dif);
        ArgumentNullException.ThrowIfNull(options);
        var flags = new List<ReviewFlag>();
        if (classical.Answers < options.MinAnswers)
        {
            flags.Add(new(ReviewFlagKind.TooFewAnswers, Format($"{classical.Answers} answers; at least {options.MinAnswers} are needed to judge the item")));
        }
        else
        {
            if (classical.PValue < options.MinPValue)
                flags.Add(new(ReviewFlagKind.TooHard, Format($"p-value {classical.PValue:0.000} < {options.MinPValue}")));
            if (classical.PValue > options.MaxPValue)
                flags.Add(new(ReviewFlagKind.TooEasy, Format($"p-value {classical.PValue:0.000} > {options.MaxPValue}")));
            if (classical.PointBiserial is not { } rpb)
                flags.Add(new(ReviewFlagKind.LowDiscrimination, "point-biserial undefined: every answer, or every θ̂, is the same"));
            else if (rpb < options.MinPointBiserial)
                flags.Add(new(ReviewFlagKind.LowDiscrimination, Format($"point-biserial {rpb:0.000} < {options.MinPointBiserial}")));
            FitFlag(flags, "outfit", fit.Outfit, fit.OutfitT, options);
            FitFlag(flags, "infit", fit.Infit, fit.InfitT, options);
        }

        foreach (var entry in dif)
        {
            if (entry.Class is not { } etsClass || etsClass < options.FlagDifFrom || entry.Statistics is not { } s) continue;
            string favoured = entry.Favours == DifFavours.Reference ? "the reference group" : "the focal group";
            flags.Add(new(ReviewFlagKind.Dif, Format(
                $"DIF class {etsClass} for {entry.Grouping}: Δ_MH = {s.Delta:0.00} (SE {s.SeDelta:0.00}), χ² = {s.ChiSquare:0.00}, p = {s.PValue:0.0000}; favours {favoured}")));
        }

        if (exposure > options.MaxExposure)
            flags.Add(new(ReviewFlagKind.Overexposed, Format($"exposure rate {exposure:0.000} > {options.MaxExposure}")));
        return flags;
    }

    private static void FitFlag(List<ReviewFlag> flags, string name, double? meanSquare, double? t, ItemQualityOptions options)
    {
        // An undefined t (every P = ½) cannot be significant, so it only passes a threshold of 0.
        double tValue = t ?? 0;
        if (meanSquare > options.MaxMeanSquare && tValue >= options.MinFitT)
            flags.Add(new(ReviewFlagKind.Underfit, Format($"{name} mean square {meanSquare:0.00} > {options.MaxMeanSquare} (t = {tValue:0.0})")));
        else if (meanSquare < options.MinMeanSquare && tValue <= -options.MinFitT)
            flags.Add(new(ReviewFlagKind.Overfit, Format($"{name} mean square {meanSquare:0.00} < {options.MinMeanSquare} (t = {tValue:0.0})")));
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
