namespace EvalNumerique.Engine.Calibration;

/// <summary>Which of (a, t, c) an M-step moves; the intercept t always moves for a free item.</summary>
internal readonly record struct FreeParameters(bool Slope, bool Guessing)
{
    public static FreeParameters For(ItemModel model) => model switch
    {
        ItemModel.OnePL => new(false, false),
        ItemModel.TwoPL => new(true, false),
        _ => new(true, true),
    };
}
