using System.Diagnostics;
using System.Globalization;
using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Benchmarks.Calibration;

/// <summary>
/// <c>recovery [PERSONS…]</c>: the parameter-recovery table of docs/calibration-recovery.md. For
/// each model (1PL, 2PL, 3PL) × design (complete: 20 items; adaptive: 100-item pool, 20-item CAT) ×
/// number of persons (default 500, 2 000, 5 000, 20 000), simulate responses from known items,
/// calibrate with the default options, and pool bias, RMSE and the root mean square of the reported
/// SEs over items and replications (10 at 500 persons, 5 at 2 000, 2 at 5 000, 1 at 20 000; seeds
/// fixed). Adaptive tables keep the items with ≥ 50 answers (the engine's few-answers warning).
/// </summary>
internal static class RecoveryReport
{
    private const int KeepAnswers = 50;

    public static int Run(string[] args)
    {
        int[] persons = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [500, 2_000, 5_000, 20_000];
        Console.WriteLine("| model | design | persons | reps | items kept | bias a | RMSE a | RMS SE a | bias b | RMSE b | RMS SE b | converged | mean cycles | mean time (s) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var model in new[] { ItemModel.OnePL, ItemModel.TwoPL, ItemModel.ThreePL })
            foreach (bool adaptive in new[] { false, true })
                foreach (int n in persons)
                    Console.WriteLine(Condition(model, adaptive, n));
        return 0;
    }

    private static int Replications(int persons) => persons switch { <= 500 => 10, <= 2_000 => 5, <= 5_000 => 2, _ => 1 };

    private static string Condition(ItemModel model, bool adaptive, int persons)
    {
        var errorsA = new List<double>();
        var errorsB = new List<double>();
        var variancesA = new List<double>();
        var variancesB = new List<double>();
        int reps = Replications(persons), converged = 0, cycles = 0, kept = 0, total = 0;
        double seconds = 0;
        for (int rep = 0; rep < reps; rep++)
        {
            ulong seed = 1000UL * (ulong)rep + (ulong)model * 100 + (adaptive ? 10UL : 0);
            var pool = CalibrationData.TrueItems(adaptive ? 100 : 20, model, seed);
            var data = adaptive ? CalibrationData.Adaptive(pool, persons, seed + 1) : CalibrationData.Complete(pool, persons, seed + 1);
            var watch = Stopwatch.StartNew();
            var result = MmlEm.Calibrate(CalibrationData.Free(pool, model), data);
            seconds += watch.Elapsed.TotalSeconds;
            converged += result.Converged ? 1 : 0;
            cycles += result.Cycles;
            for (int i = 0; i < pool.Count; i++)
            {
                total++;
                var item = result.Items[i];
                if (item.Answers < KeepAnswers) continue;
                kept++;
                errorsB.Add(item.Parameters.B - pool[i].B);
                if (item.SeB is { } seB) variancesB.Add(seB * seB);
                if (model == ItemModel.OnePL && i > 0) continue; // one common a per replication
                errorsA.Add(item.Parameters.A - pool[i].A);
                if (item.SeA is { } seA) variancesA.Add(seA * seA);
            }
        }
        static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
        static double Rmse(List<double> e) => Math.Sqrt(e.Average(x => x * x));
        static double Rms(List<double> v) => v.Count == 0 ? double.NaN : Math.Sqrt(v.Average());
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Name(model)} | {(adaptive ? "adaptive (100 items, 20 each)" : "complete (20 items)")} | {persons:N0} | {reps} | {kept}/{total} | {F(errorsA.Average())} | {F(Rmse(errorsA))} | {F(Rms(variancesA))} | {F(errorsB.Average())} | {F(Rmse(errorsB))} | {F(Rms(variancesB))} | {converged}/{reps} | {(double)cycles / reps:F0} | {seconds / reps:F2} |");
    }

    private static string Name(ItemModel model) => model switch { ItemModel.OnePL => "1PL", ItemModel.TwoPL => "2PL", _ => "3PL" };
}
