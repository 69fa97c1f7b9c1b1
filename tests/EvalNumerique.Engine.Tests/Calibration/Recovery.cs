using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Calibration;

/// <summary>True items drawn from a seed (the engine's <see cref="ResponseSimulation"/>), and the bias and RMSE of their estimates.</summary>
internal static class Recovery
{
    /// <summary>See <see cref="ResponseSimulation.RandomItems"/>.</summary>
    public static ItemPool TrueItems(int count, ItemModel model, ulong seed) => ResponseSimulation.RandomItems(count, model, seed);

    public static double[] Thetas(int count, ulong seed, double mean = 0, double sd = 1) => ResponseSimulation.Thetas(count, seed, mean, sd);

    public static CalibrationItem[] Free(ItemPool pool, ItemModel model) =>
        [.. pool.Ids.Select(id => new CalibrationItem(id, model))];

    public static (double Bias, double Rmse) Error(IEnumerable<(double Estimate, double Truth)> pairs)
    {
        var list = pairs.ToList();
        return (list.Average(p => p.Estimate - p.Truth), Math.Sqrt(list.Average(p => (p.Estimate - p.Truth) * (p.Estimate - p.Truth))));
    }
}
