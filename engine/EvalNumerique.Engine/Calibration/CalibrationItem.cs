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
/// <param name="FixedGuessing">
/// For a 2PL item, a lower asymptote c held fixed while a and b are estimated (e.g. 1/k for k
/// choices, or the value already in the bank): the usual choice when an item has too few answers
/// to estimate c (Lord, 1980; Han, 2012), where a free c, pulled towards its prior, biases b.
/// 0 by default (the plain 2PL); ignored for 1PL and 3PL.
/// </param>
public sealed record CalibrationItem(string Id, ItemModel Model, ItemParameters? Anchor = null, ItemParameters? Start = null, double FixedGuessing = 0)
{
    /// <summary>Whether the item is held fixed.</summary>
    public bool IsAnchor => Anchor is not null;
}
