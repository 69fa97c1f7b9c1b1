using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Calibration;

/// <summary>
/// One item after calibration: its estimates (or its anchor values), their standard errors and
/// what to be careful about. SEs are null for parameters that were not estimated (anchors, c of a
/// 1PL/2PL item, a fixed 1PL slope).
/// </summary>
/// <param name="Id">The item's id.</param>
/// <param name="Model">The model it was calibrated under.</param>
/// <param name="Parameters">a, b, c (d = 1).</param>
/// <param name="SeA">Standard error of a, or null.</param>
/// <param name="SeB">Standard error of b, or null.</param>
/// <param name="SeC">Standard error of c, or null.</param>
/// <param name="IsAnchor">Whether the item was held fixed.</param>
/// <param name="Answers">How many persons answered it.</param>
/// <param name="Correct">How many of them answered correctly.</param>
/// <param name="Warnings">Plain-language warnings (few answers, all correct, a at a bound…), empty when none.</param>
public sealed record CalibratedItem(
    string Id,
    ItemModel Model,
    ItemParameters Parameters,
    double? SeA,
    double? SeB,
    double? SeC,
    bool IsAnchor,
    int Answers,
    int Correct,
    IReadOnlyList<string> Warnings);
