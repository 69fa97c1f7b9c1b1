using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// An item to calibrate: its id, its model, and optionally anchor parameters (held fixed, so that
/// the other items land on the anchors' scale — fixed-parameter calibration, Kim, 2006) or
/// starting values for the EM cycles.
/// </summary>
/// <param name="Id">The item's id, reported back with its estimates.</param>
/// <param name="Model">1PL, 2PL or 3PL.</param>
/// <param name="Anchor">Known parameters held fixed during calibration; null to estimate the item.</param>
/// <param name="Start">Starting values; null for the defaults (a = 1, b from the proportion correct, c at its prior mode).</param>
public sealed record CalibrationItem(string Id, ItemModel Model, ItemParameters? Anchor = null, ItemParameters? Start = null)
{
    /// <summary>Whether the item is held fixed.</summary>
    public bool IsAnchor => Anchor is not null;
}
