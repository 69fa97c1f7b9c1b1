using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Stopping;

namespace EvalNumerique.Engine.Sessions;

/// <summary>Everything that configures an adaptive test: estimation, selection, stopping and constraints.</summary>
public sealed record CatOptions
{
    /// <summary>How θ is estimated after each answer (EAP by default: O(grid) per answer, finite for every pattern).</summary>
    public EstimationOptions Estimation { get; init; } = EstimationOptions.Default;

    /// <summary>How the next item is chosen.</summary>
    public SelectionOptions Selection { get; init; } = new();

    /// <summary>When the test ends.</summary>
    public StoppingRule Stopping { get; init; } = new();

    /// <summary>θ used to choose the first item; null for the prior mean.</summary>
    public double? StartTheta { get; init; }

    /// <summary>
    /// Groups of "enemy" item ids: items that give each other away; once one of a group is given,
    /// the others are never chosen in the same test.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> EnemyGroups { get; init; } = [];

    /// <summary>
    /// Pilot items seeded into the check for calibration, never scored (see <see cref="PilotOptions"/>);
    /// null (the default) for none. Enemy groups may name them beside scored items.
    /// </summary>
    public PilotOptions? Pilots { get; init; }

    /// <summary>The defaults: EAP, plain MFI, fixed length 20.</summary>
    public static CatOptions Default { get; } = new();

    /// <summary>Why the options are invalid, or <c>null</c>.</summary>
    public string? Problem() =>
        Estimation.Problem() ?? Selection.Problem() ?? Stopping.Problem()
        ?? (StartTheta is { } start && !double.IsFinite(start) ? "the start theta must be a finite number" : null)
        ?? Pilots?.Problem();
}
