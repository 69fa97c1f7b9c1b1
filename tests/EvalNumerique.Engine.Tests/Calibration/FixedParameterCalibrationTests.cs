using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Sessions;

namespace EvalNumerique.Engine.Tests.Calibration;

/// <summary>
/// Fixed-parameter calibration (Kim, 2006): anchors keep their known parameters, the population is
/// not N(0, 1) but N(0.5, 1.2²), the latent mean and sd are estimated with the new items, which must
/// come out on the anchors' scale — that is, close to their true values, not shifted by 0.5 or
/// stretched by 1.2.
/// </summary>
public sealed class FixedParameterCalibrationTests
{
    private const double PopulationMean = 0.5, PopulationSd = 1.2;

    [Fact]
    public void New_items_land_on_the_anchor_scale_and_the_population_is_recovered()
    {
        var pool = Recovery.TrueItems(40, ItemModel.TwoPL, seed: 41);
        var data = ResponseSimulation.Complete(pool, Recovery.Thetas(3000, seed: 42, PopulationMean, PopulationSd), seed: 43);
        var items = Recovery.Free(pool, ItemModel.TwoPL);
        for (int i = 0; i < 30; i++) items[i] = items[i] with { Anchor = pool[i] };

        var result = MmlEm.Calibrate(items, data, new CalibrationOptions { EstimateLatentDistribution = true });

        Assert.True(result.Converged);
        for (int i = 0; i < 30; i++) Assert.Equal(pool[i], result.Items[i].Parameters);
        // Sampling error of a mean/sd over 3 000 persons is ≈ 0.02; 0.06 leaves room for the anchors' own fit.
        Assert.Equal(PopulationMean, result.Latent.Mean, 0.06);
        Assert.Equal(PopulationSd, result.Latent.Sd, 0.06);
        var a = Recovery.Error(Enumerable.Range(30, 10).Select(i => (result.Items[i].Parameters.A, pool[i].A)));
        var b = Recovery.Error(Enumerable.Range(30, 10).Select(i => (result.Items[i].Parameters.B, pool[i].B)));
        // Tolerances: with 3 000 answers per item, SE(b) ≈ 0.05 and SE(a) ≈ 0.06 (see the reported SEs);
        // a scale left at N(0, 1) would shift b by ≈ 0.5 and a by ≈ 20 %, far outside these.
        Assert.InRange(b.Bias, -0.06, 0.06);
        Assert.InRange(a.Bias, -0.06, 0.06);
        Assert.True(b.Rmse < 0.10, $"RMSE(b) = {b.Rmse}");
        Assert.True(a.Rmse < 0.12, $"RMSE(a) = {a.Rmse}");
    }

    [Fact]
    public void Pilot_items_seeded_into_adaptive_tests_are_calibrated_against_the_operational_pool()
    {
        // The check's own use case: 100 operational items (anchors) given adaptively, 20 per person, and 5
        // of 20 pilot items given to each person at random; the population is N(0.5, 1.2²).
        var operational = Recovery.TrueItems(100, ItemModel.TwoPL, seed: 51);
        var pilot = Recovery.TrueItems(20, ItemModel.TwoPL, seed: 52);
        var thetas = Recovery.Thetas(4000, seed: 53, PopulationMean, PopulationSd);
        var cat = new CatOptions { Selection = new SelectionOptions { Exposure = ExposureControl.Progressive } };
        var adaptive = ResponseSimulation.Adaptive(operational, thetas, cat, seed: 54);

        var persons = new List<IReadOnlyList<Response>>();
        for (int j = 0; j < thetas.Length; j++)
        {
            var answers = new List<Response>();
            for (int at = adaptive.Start[j]; at < adaptive.Start[j + 1]; at++) answers.Add(new Response(adaptive.Items[at], adaptive.Scores[at]));
            var random = new RandomSource(RandomSource.Derive(55, (ulong)j));
            foreach (int p in Enumerable.Range(0, 20).OrderBy(_ => random.NextDouble()).Take(5))
                answers.Add(new Response(100 + p, random.NextDouble() < pilot.Probability(p, thetas[j]) ? 1 : 0));
            persons.Add(answers);
        }
        var data = new ResponseMatrix(120, persons);
        var items = operational.Ids.Select((id, i) => new CalibrationItem(id, ItemModel.TwoPL, Anchor: operational[i]))
            .Concat(pilot.Ids.Select(id => new CalibrationItem("pilot-" + id, ItemModel.TwoPL))).ToArray();

        var result = MmlEm.Calibrate(items, data, new CalibrationOptions { EstimateLatentDistribution = true });

        Assert.True(result.Converged);
        Assert.Equal(PopulationMean, result.Latent.Mean, 0.06);
        Assert.Equal(PopulationSd, result.Latent.Sd, 0.06);
        var a = Recovery.Error(Enumerable.Range(0, 20).Select(p => (result.Items[100 + p].Parameters.A, pilot[p].A)));
        var b = Recovery.Error(Enumerable.Range(0, 20).Select(p => (result.Items[100 + p].Parameters.B, pilot[p].B)));
        // About 1 000 answers per pilot item. The errors must be of the size the reported SEs announce:
        // RMSE within 1.5 × the root mean square SE (20 items: the RMSE itself varies by ±16 % at 1 sd).
        double seA = Math.Sqrt(Enumerable.Range(100, 20).Average(i => result.Items[i].SeA!.Value * result.Items[i].SeA!.Value));
        double seB = Math.Sqrt(Enumerable.Range(100, 20).Average(i => result.Items[i].SeB!.Value * result.Items[i].SeB!.Value));
        Assert.InRange(b.Bias, -0.06, 0.06);
        Assert.InRange(a.Bias, -0.08, 0.08);
        Assert.True(b.Rmse < 1.5 * seB, $"RMSE(b) = {b.Rmse}, SE(b) = {seB}");
        Assert.True(a.Rmse < 1.5 * seA, $"RMSE(a) = {a.Rmse}, SE(a) = {seA}");
    }
}
