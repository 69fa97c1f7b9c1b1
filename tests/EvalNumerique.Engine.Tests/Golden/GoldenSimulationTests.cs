using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Simulation;
using EvalNumerique.Engine.Stopping;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Golden;

public sealed class GoldenSimulationTests
{
    [Fact]
    public void A_simulation_on_shared_uniforms_gives_the_same_items_and_estimates_as_the_references()
    {
        // Golden/simulation.json: 50 examinees, 100-item 3PL bank, fixed length 20, MFI + EAP,
        // answers from shared uniforms. Expected by the independent Python loop; jsCAT 5.2.3 gave
        // identical item sequences (see the file's "source").
        var golden = GoldenFile.Load("simulation.json");
        var pool = GoldenFile.Pool(golden.GetProperty("bank"));
        var config = golden.GetProperty("config");
        var q = config.GetProperty("quadrature");
        var prior = config.GetProperty("prior");
        double tolerance = golden.GetProperty("tolerance").GetDouble();
        var spec = new SimulationSpec
        {
            TrueThetas = [.. golden.GetProperty("trueThetas").EnumerateArray().Select(t => t.GetDouble())],
            Uniforms = [.. golden.GetProperty("uniforms").EnumerateArray().Select(row => (IReadOnlyList<double>)[.. row.EnumerateArray().Select(u => u.GetDouble())])],
            Options = new CatOptions
            {
                Estimation = new EstimationOptions
                {
                    Quadrature = new QuadratureSpec(q.GetProperty("points").GetInt32(), q.GetProperty("min").GetDouble(), q.GetProperty("max").GetDouble()),
                    Prior = new NormalPrior(prior.GetProperty("mean").GetDouble(), prior.GetProperty("sd").GetDouble()),
                },
                StartTheta = config.GetProperty("start").GetDouble(),
                Stopping = new StoppingRule { MinLength = config.GetProperty("length").GetInt32(), MaxLength = config.GetProperty("length").GetInt32() },
            },
        };
        var report = Simulator.Run(pool, spec);
        var expected = golden.GetProperty("examinees").EnumerateArray().ToList();
        Assert.Equal(expected.Count, report.Examinees.Count);
        for (int j = 0; j < expected.Count; j++)
        {
            var want = expected[j];
            var got = report.Examinees[j];
            Assert.Equal([.. want.GetProperty("items").EnumerateArray().Select(i => i.GetString()!)], got.Items);
            Assert.Equal(want.GetProperty("theta").GetDouble(), got.Theta, tolerance);
            Assert.Equal(want.GetProperty("se").GetDouble(), got.Se, tolerance);
        }
    }
}
