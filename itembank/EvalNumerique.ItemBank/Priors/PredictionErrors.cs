namespace EvalNumerique.ItemBank.Priors;

/// <summary>Errors of out-of-fold predictions: RMSE = √(Σe²/n), MAE = Σ|e|/n, e = predicted − calibrated.</summary>
/// <param name="Count">Number of predictions.</param>
/// <param name="Rmse">Root mean squared error.</param>
/// <param name="Mae">Mean absolute error.</param>
public readonly record struct PredictionErrors(int Count, double Rmse, double Mae)
{
    /// <summary>The summary of these errors.</summary>
    public static PredictionErrors From(IReadOnlyCollection<double> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            return new PredictionErrors(0, double.NaN, double.NaN);
        }

        return new PredictionErrors(errors.Count, Math.Sqrt(errors.Average(e => e * e)), errors.Average(Math.Abs));
    }
}
