namespace EvalNumerique.Engine.Calibration;

/// <summary>Standard errors of one item's a, b, c; null where not estimated or not computable.</summary>
internal readonly record struct StandardError(double? A, double? B, double? C);
