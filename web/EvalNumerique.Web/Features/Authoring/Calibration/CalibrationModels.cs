using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>The models a trainer can ask for, and how each item is calibrated under them.</summary>
public static class CalibrationModels
{
    /// <summary>
    /// 2PL, with each item's lower asymptote c held at its current value (the bank gives
    /// multiple-choice items a guessing level). Adaptive data give an item a few hundred answers at
    /// most, too few to estimate c; freeing it under its Beta(5, 17) prior pulled c up and biased b
    /// by +0.25 logit on the demo's simulated data, against −0.01 with c held.
    /// </summary>
    public const string Auto = "auto";

    public static IReadOnlyList<string> All { get; } = [Auto, "1PL", "2PL", "3PL"];

    public static bool IsKnown(string model) => All.Contains(model);

    /// <summary>The item to estimate, starting from its current parameters.</summary>
    public static CalibrationItem Estimated(string model, string id, ItemParameters current) => model switch
    {
        "1PL" => new CalibrationItem(id, ItemModel.OnePL, Start: current),
        "2PL" => new CalibrationItem(id, ItemModel.TwoPL, Start: current),
        "3PL" => new CalibrationItem(id, ItemModel.ThreePL, Start: current),
        _ => new CalibrationItem(id, ItemModel.TwoPL, Start: current, FixedGuessing: current.C),
    };

    /// <summary>An anchor: held at its current parameters.</summary>
    public static CalibrationItem Anchor(string id, ItemParameters current) =>
        new(id, current.C > 0 ? ItemModel.ThreePL : ItemModel.TwoPL, Anchor: current);
}
