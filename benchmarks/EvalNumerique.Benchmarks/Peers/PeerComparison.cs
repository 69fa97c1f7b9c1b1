using System.Globalization;
using System.Text;
using System.Text.Json;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Benchmarks.Peers;

/// <summary>
/// Reads both outputs and prints the agreement (final θ, item sequences, and jsCAT's SE
/// 1/√ΣI(θ̂) recomputed from our items) and the time ratio, as a Markdown table (also written to
/// comparison.md).
/// </summary>
internal static class PeerComparison
{
    public static int Run(string directory)
    {
        var data = PeerData.Load(directory);
        using var ours = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "evalnumerique.json")));
        using var theirs = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "jscat.json")));
        var oursSimulees = ours.RootElement.GetProperty("simulees").EnumerateArray().ToArray();
        var theirSimulees = theirs.RootElement.GetProperty("simulees").EnumerateArray().ToArray();
        if (oursSimulees.Length != theirSimulees.Length) throw new InvalidOperationException("The two runs have different numbers of simulees.");

        int n = oursSimulees.Length, sameSequence = 0, samePosition = 0, positions = 0;
        double maxTheta = 0, maxThetaSameSequence = 0, maxSe = 0;
        for (int j = 0; j < n; j++)
        {
            string[] ourItems = Items(oursSimulees[j]), theirItems = Items(theirSimulees[j]);
            double ourTheta = oursSimulees[j].GetProperty("theta").GetDouble();
            double difference = Math.Abs(ourTheta - theirSimulees[j].GetProperty("theta").GetDouble());
            maxTheta = Math.Max(maxTheta, difference);
            if (ourItems.SequenceEqual(theirItems)) { sameSequence++; maxThetaSameSequence = Math.Max(maxThetaSameSequence, difference); }
            positions += ourItems.Length;
            for (int k = 0; k < Math.Min(ourItems.Length, theirItems.Length); k++)
                if (ourItems[k] == theirItems[k]) samePosition++;
            Response[] answered = [.. ourItems.Select(id => new Response(data.Pool.IndexOf(id), 0))];
            double informationSe = 1 / Math.Sqrt(PatternFunctions.Information(data.Pool, answered, ourTheta));
            maxSe = Math.Max(maxSe, Math.Abs(informationSe - theirSimulees[j].GetProperty("seMeasurement").GetDouble()));
        }

        double theirMs = PeerRun.Median(Numbers(theirs.RootElement.GetProperty("ms")));
        double ourMs = PeerRun.Median(Numbers(ours.RootElement.GetProperty("sequentialMs")));
        double theirCpuMs = PeerRun.Median(Numbers(theirs.RootElement.GetProperty("cpuMs")));
        double ourCpuMs = PeerRun.Median(Numbers(ours.RootElement.GetProperty("sequentialCpuMs")));
        double ourParallelMs = PeerRun.Median(Numbers(ours.RootElement.GetProperty("parallelMs")));
        int length = ours.RootElement.GetProperty("length").GetInt32();
        int cores = ours.RootElement.GetProperty("processorCount").GetInt32();
        var grid = theirs.RootElement.GetProperty("grid");

        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        Line($"{n} simulees, {data.Pool.Count}-item bank, MFI, EAP (prior N(0, 1), {grid.GetProperty("points").GetInt32()} nodes on [{grid.GetProperty("min").GetDouble()}, {grid.GetProperty("max").GetDouble()}]), fixed length {length}, first item at θ = 0.");
        Line($"");
        Line($"| agreement | value |");
        Line($"|---|---:|");
        Line($"| identical item sequences | {sameSequence} / {n} ({100.0 * sameSequence / n:F1} %) |");
        Line($"| items agreeing position by position | {samePosition} / {positions} ({100.0 * samePosition / positions:F2} %) |");
        Line($"| max \\|Δθ\\| of final estimates, all simulees | {maxTheta:G3} |");
        Line($"| max \\|Δθ\\|, simulees with identical sequences | {maxThetaSameSequence:G3} |");
        Line($"| max \\|Δ SE\\| for jsCAT's SE 1/√ΣI(θ̂) | {maxSe:G3} |");
        Line($"");
        Line($"| run (median of timed runs, in-process, warm) | wall time | per simulee | wall-time ratio | CPU time | CPU ratio |");
        Line($"|---|---:|---:|---:|---:|---:|");
        Line($"| {theirs.RootElement.GetProperty("library").GetString()}, node {theirs.RootElement.GetProperty("node").GetString()}, 1 thread | {theirMs:F1} ms | {1000 * theirMs / n:F0} µs | 1 | {theirCpuMs:F1} ms | 1 |");
        Line($"| EvalNumerique.Engine, .NET {ours.RootElement.GetProperty("runtime").GetString()}, 1 thread (CatSession loop) | {ourMs:F1} ms | {1000 * ourMs / n:F1} µs | {theirMs / ourMs:F0}× faster | {ourCpuMs:F1} ms | {theirCpuMs / ourCpuMs:F0}× less |");
        Line($"| EvalNumerique.Engine, Simulator.Run on {cores} cores | {ourParallelMs:F1} ms | {1000 * ourParallelMs / n:F1} µs | {theirMs / ourParallelMs:F0}× faster | | |");
        File.WriteAllText(Path.Combine(directory, "comparison.md"), text.ToString());
        Console.Write(text);
        return 0;
    }

    private static string[] Items(JsonElement simulee) => [.. simulee.GetProperty("items").EnumerateArray().Select(id => id.GetString()!)];

    private static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(x => x.GetDouble())];
}
