using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Simulation;
using EvalNumerique.Engine.Stopping;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Simulation;

public sealed class SimulatorTests
{
    private static readonly Engine.Models.ItemPool Bank300 = Banks.Random3Pl(300, 2026);

    [Fact]
    public void A_20_item_mfi_eap_cat_on_300_items_recovers_theta_with_rmse_near_0_3()
    {
        // Known accuracy of a 20-item MFI/EAP CAT on a good bank: RMSE ≈ 0.3, correlation ≈ 0.95
        // (e.g. Magis & Raîche, 2012, catR paper; Weiss, 1982). Seeded, so the run is reproducible.
        var report = Simulator.Run(Bank300, new SimulationSpec { Count = 2000, Seed = 17 });
        var s = report.Summary;
        Assert.Equal(2000, s.N);
        Assert.InRange(s.Rmse, 0.22, 0.38);
        Assert.InRange(s.Bias, -0.05, 0.05);
        Assert.InRange(s.Corr, 0.93, 0.99);
        Assert.Equal(20, s.MeanLength);
        Assert.InRange(s.MeanSe, 0.2, 0.38);
        // Plain MFI over-uses the best items: that is what exposure control is for.
        Assert.True(s.MaxExposure > 0.5);
    }

    [Fact]
    public void Randomesque_lowers_the_maximum_exposure_at_a_small_cost_in_precision()
    {
        var plain = Simulator.Run(Bank300, new SimulationSpec { Count = 1000, Seed = 3 }).Summary;
        var spread = Simulator.Run(Bank300, new SimulationSpec
        {
            Count = 1000,
            Seed = 3,
            Options = new CatOptions { Selection = new SelectionOptions { Exposure = ExposureControl.Randomesque, RandomesqueSize = 5 } },
        }).Summary;
        Assert.True(spread.MaxExposure < plain.MaxExposure - 0.15, $"{spread.MaxExposure} vs {plain.MaxExposure}");
        Assert.True(spread.UnusedShare < plain.UnusedShare);
        Assert.True(spread.Rmse < plain.Rmse + 0.05);
    }

    [Fact]
    public void A_se_target_shortens_the_test()
    {
        var report = Simulator.Run(Bank300, new SimulationSpec
        {
            Count = 500,
            Seed = 9,
            Options = new CatOptions { Stopping = new StoppingRule { MinLength = 5, MaxLength = 40, SeTarget = 0.35 } },
        });
        Assert.True(report.Summary.MeanLength < 40);
        Assert.All(report.Examinees, e => Assert.True(e.Se <= 0.35 || e.Items.Count == 40));
    }

    [Fact]
    public void The_same_seed_gives_the_same_simulation()
    {
        var spec = new SimulationSpec { Count = 200, Seed = 123 };
        var first = Simulator.Run(Bank300, spec);
        var second = Simulator.Run(Bank300, spec);
        Assert.Equal(first.Summary.Rmse, second.Summary.Rmse);
        Assert.Equal(first.Examinees.Select(e => string.Join(",", e.Items)), second.Examinees.Select(e => string.Join(",", e.Items)));
    }

    [Fact]
    public void Given_uniforms_decide_every_answer()
    {
        // u = 0 for every item: every answer is correct (0 < P always); u just below 1: every answer wrong.
        var zeros = new double[] { 0.0 }.SelectMany(_ => Enumerable.Repeat(0.0, Bank300.Count)).ToArray();
        var nines = Enumerable.Repeat(0.999999999, Bank300.Count).ToArray();
        var report = Simulator.Run(Bank300, new SimulationSpec
        {
            TrueThetas = [0.0, 0.0],
            Uniforms = [zeros, nines],
            Seed = 1,
        });
        Assert.True(report.Examinees[0].Theta > 1.5);
        Assert.True(report.Examinees[1].Theta < -1.5);
    }

    [Fact]
    public void Conditional_bands_cover_every_examinee()
    {
        var report = Simulator.Run(Bank300, new SimulationSpec { Count = 300, Seed = 5 });
        Assert.Equal(300, report.Summary.ConditionalSe.Sum(b => b.N));
        Assert.Null(report.Summary.ConditionalSe[0].From);
    }
}
