namespace EvalNumerique.Engine.ItemQuality;

/// <summary>
/// The 2×2 table of one matching stratum k (Holland &amp; Thayer, 1988, notation Aₖ, Bₖ, Cₖ, Dₖ):
/// reference right, reference wrong, focal right, focal wrong.
/// </summary>
public readonly record struct StratumTable(int ReferenceRight, int ReferenceWrong, int FocalRight, int FocalWrong)
{
    /// <summary>Nₖ, everyone in the stratum.</summary>
    public int Total => ReferenceRight + ReferenceWrong + FocalRight + FocalWrong;

    /// <summary>n_Rk, the reference group's size in the stratum.</summary>
    public int Reference => ReferenceRight + ReferenceWrong;

    /// <summary>n_Fk, the focal group's size in the stratum.</summary>
    public int Focal => FocalRight + FocalWrong;

    /// <summary>The sum of two tables (two strata merged).</summary>
    public static StratumTable operator +(StratumTable x, StratumTable y) => new(
        x.ReferenceRight + y.ReferenceRight, x.ReferenceWrong + y.ReferenceWrong,
        x.FocalRight + y.FocalRight, x.FocalWrong + y.FocalWrong);

    /// <summary>The same as <c>+</c>, for languages without operators.</summary>
    public static StratumTable Add(StratumTable x, StratumTable y) => x + y;
}
