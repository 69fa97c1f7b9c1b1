using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.ItemQuality;

namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>What a run computed: the new parameters and the items' quality measured with them.</summary>
public sealed record CalibrationOutcome(CalibrationResult Result, ItemQualityReport Quality, int Persons, int Answers);
