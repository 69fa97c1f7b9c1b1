namespace EvalNumerique.Engine.ItemQuality;

/// <summary>Why an item is put on the review list.</summary>
public enum ReviewFlagKind
{
    /// <summary>Fewer answers than <see cref="ItemQualityOptions.MinAnswers"/>: nothing can be judged yet.</summary>
    TooFewAnswers,

    /// <summary>p-value below <see cref="ItemQualityOptions.MinPValue"/>: nearly nobody solves it.</summary>
    TooHard,

    /// <summary>p-value above <see cref="ItemQualityOptions.MaxPValue"/>: nearly everybody solves it.</summary>
    TooEasy,

    /// <summary>Point-biserial below <see cref="ItemQualityOptions.MinPointBiserial"/> (or undefined): it does not separate abler from less able persons.</summary>
    LowDiscrimination,

    /// <summary>Infit or outfit above <see cref="ItemQualityOptions.MaxMeanSquare"/>: answers noisier than the model expects.</summary>
    Underfit,

    /// <summary>Infit or outfit below <see cref="ItemQualityOptions.MinMeanSquare"/>: answers more predictable than the model expects.</summary>
    Overfit,

    /// <summary>ETS DIF class at or above <see cref="ItemQualityOptions.FlagDifFrom"/> for some grouping.</summary>
    Dif,

    /// <summary>Exposure rate above <see cref="ItemQualityOptions.MaxExposure"/>: shown to too many persons.</summary>
    Overexposed,
}
