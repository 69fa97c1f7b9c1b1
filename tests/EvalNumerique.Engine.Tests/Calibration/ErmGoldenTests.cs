using System.Text.Json;
using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Calibration;

/// <summary>
/// The 1PL calibration against an independent implementation run once here: the R package eRm
/// (conditional ML of the Rasch model) on 2 000 simulated persons × 15 items
/// (Golden/rasch-erm.R made Golden/rasch-data.csv and Golden/rasch-erm-output.json; R is not needed
/// to run the tests).
/// <para>
/// CML and MML estimate the same Rasch difficulties by different routes (CML conditions θ out; MML
/// integrates it over N(0, σ²)), so they agree up to sampling noise of the method difference, not to
/// rounding. The MML 1PL with a common slope a and θ ~ N(0, 1) is the Rasch model with θ′ = a·θ ~
/// N(0, a²) and difficulty a·b; eRm centres its difficulties on 0, so both sides are centred.
/// </para>
/// </summary>
public sealed class ErmGoldenTests
{
    private static string GoldenPath(string name) => Path.Combine(AppContext.BaseDirectory, "Calibration", "Golden", name);

    private static ResponseMatrix ReadWide(string path, out int items)
    {
        var lines = File.ReadAllLines(path);
        items = lines[0].Split(',').Length;
        int count = items;
        var persons = lines.Skip(1).Select(line => (IReadOnlyList<Response>)[.. line.Split(',').Select((cell, i) => new Response(i, cell == "1" ? 1 : 0))]).ToList();
        Assert.All(persons, p => Assert.Equal(count, p.Count));
        return new ResponseMatrix(items, persons);
    }

    [Fact]
    public void Rasch_difficulties_agree_with_erm_conditional_ml()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(GoldenPath("rasch-erm-output.json")));
        var erm = golden.RootElement.GetProperty("difficulty").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var data = ReadWide(GoldenPath("rasch-data.csv"), out int itemCount);
        Assert.Equal(2000, data.PersonCount);
        Assert.Equal(erm.Length, itemCount);

        var result = MmlEm.Calibrate([.. Enumerable.Range(0, itemCount).Select(i => new CalibrationItem($"r{i + 1:D2}", ItemModel.OnePL))], data,
            new CalibrationOptions { ParameterTolerance = 1e-6, LogLikelihoodTolerance = 1e-8, MaxCycles = 5000 });
        Assert.True(result.Converged);
        double slope = result.Items[0].Parameters.A;
        var rasch = result.Items.Select(item => slope * item.Parameters.B).ToArray();
        double centre = rasch.Average(), ermCentre = erm.Average();

        // The data were drawn with θ ~ N(0, 1.3²): the common slope estimates that sd (measured 1.2715; its SE is about 0.03).
        Assert.Equal(1.3, slope, 0.06);
        // Measured largest gap 0.0035 logits; tolerance 0.01, a fifth of eRm's smallest SE (0.050).
        double largestGap = Enumerable.Range(0, itemCount).Max(i => Math.Abs(erm[i] - ermCentre - (rasch[i] - centre)));
        Assert.True(largestGap < 0.01, $"largest gap to eRm {largestGap:F4} (slope {slope:F4})");
        // Standard errors are not compared here: eRm's are for sum-zero-constrained difficulties, ours for
        // difficulties located by the latent mean, a different parameterisation (the LSAT tests compare SEs with ltm's).
    }
}
