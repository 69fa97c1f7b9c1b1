using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Sessions;

namespace EvalNumerique.Benchmarks.Calibration;

/// <summary>
/// True items and simulated responses for the calibration benchmark and the recovery report: the
/// distributions of the engine's recovery tests (a ~ U(0.7, 2.0), b ~ U(−2, 2), c ~ U(0.1, 0.25)),
/// θ ~ N(0, 1), adaptive tests of 20 items by EAP with progressive exposure control.
/// </summary>
internal static class CalibrationData
{
    public static ItemPool TrueItems(int count, ItemModel model, ulong seed) => ResponseSimulation.RandomItems(count, model, seed);

    public static double[] Thetas(int count, ulong seed) => ResponseSimulation.Thetas(count, seed);

    public static CatOptions AdaptiveTest { get; } = new()
    {
        Selection = new SelectionOptions { Exposure = ExposureControl.Progressive },
    };

    public static ResponseMatrix Adaptive(ItemPool pool, int persons, ulong seed) =>
        ResponseSimulation.Adaptive(pool, Thetas(persons, seed), AdaptiveTest, seed + 1);

    public static ResponseMatrix Complete(ItemPool pool, int persons, ulong seed) =>
        ResponseSimulation.Complete(pool, Thetas(persons, seed), seed + 1);

    public static CalibrationItem[] Free(ItemPool pool, ItemModel model) =>
        [.. pool.Ids.Select(id => new CalibrationItem(id, model))];
}
