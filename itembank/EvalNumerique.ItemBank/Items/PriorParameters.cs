namespace EvalNumerique.ItemBank.Items;

/// <summary>
/// The expert-derived IRT parameters of an uncalibrated item (FORMAT.md, "Prior IRT parameters"):
/// <c>b</c> from the expert level, <c>a</c> and <c>c</c> from the type, <c>d</c> = 1.
/// </summary>
public static class PriorParameters
{
    /// <summary>Tolerance used by the validator when comparing written values with the rule.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>
    /// Difficulty for an expert level: the four levels cut the N(0,1) population into bands of about a
    /// quarter each, so 1 → −1.5, 2 → −0.5, 3 → +0.5, 4 → +1.5.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not 1–4.</exception>
    public static double Difficulty(int level) => level switch
    {
        1 => -1.5,
        2 => -0.5,
        3 => 0.5,
        4 => 1.5,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "The expert level is 1, 2, 3 or 4."),
    };

    /// <summary>
    /// Discrimination for a type: 1.0 for recognising a sentence (single, multiple, yes-no), 1.2 for
    /// ordering, hotspot and text entry, 1.4 for simulations (doing the task discriminates better).
    /// </summary>
    public static double Discrimination(ItemType type) => type switch
    {
        ItemType.SingleChoice or ItemType.MultipleChoice or ItemType.YesNo => 1.0,
        ItemType.Ordering or ItemType.Hotspot or ItemType.TextEntry => 1.2,
        ItemType.Simulation => 1.4,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown item type."),
    };

    /// <summary>
    /// Lower asymptote for a type: half the blind-guessing rate, because "Je ne sais pas" is always
    /// offered — yes-no 0.25, single-choice 0.15, multiple-choice/hotspot/simulation 0.05, ordering and
    /// text entry 0.
    /// </summary>
    public static double Guessing(ItemType type) => type switch
    {
        ItemType.YesNo => 0.25,
        ItemType.SingleChoice => 0.15,
        ItemType.MultipleChoice or ItemType.Hotspot or ItemType.Simulation => 0.05,
        ItemType.Ordering or ItemType.TextEntry => 0.0,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown item type."),
    };

    /// <summary>The full prior for an item of this type and level, with <c>d</c> = 1 and <c>calibrated: false</c>.</summary>
    public static IrtParameters For(ItemType type, int level) =>
        new(Discrimination(type), Difficulty(level), Guessing(type), 1.0, Calibrated: false);

    /// <summary>Whether written parameters equal the prior for this type and level within <see cref="Tolerance"/>.</summary>
    public static bool Matches(IrtParameters irt, ItemType type, int level)
    {
        ArgumentNullException.ThrowIfNull(irt);
        var prior = For(type, level);
        return Math.Abs(irt.A - prior.A) <= Tolerance
            && Math.Abs(irt.B - prior.B) <= Tolerance
            && Math.Abs(irt.C - prior.C) <= Tolerance
            && Math.Abs(irt.D - prior.D) <= Tolerance;
    }
}
