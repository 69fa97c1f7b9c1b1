namespace EvalNumerique.Engine.Selection;

/// <summary>How the selection spreads items so the most informative ones are not over-exposed.</summary>
public enum ExposureControl
{
    /// <summary>Plain maximum Fisher information: always the single best item.</summary>
    None,

    /// <summary>Randomesque (Kingsbury &amp; Zara, 1989): a uniform pick among the k most informative items.</summary>
    Randomesque,

    /// <summary>Progressive method (Revuelta &amp; Ponsoda, 1998): a random component that fades as the test goes on.</summary>
    Progressive,
}
