using EvalNumerique.Engine.Models;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Authoring.Calibration;
using EvalNumerique.Web.Features.Demo;
using EvalNumerique.Web.Infrastructure;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Authoring.Calibration;

/// <summary>
/// A calibration run in the app on the simulated demo answers (900 checks, seeded): it finishes,
/// moves the calibrated items towards the simulation's true parameters, finds the biased item
/// (DIF class C by age), and its parameters reach the engine only when accepted — and leave when reverted.
/// </summary>
public sealed class CalibrationServiceTests(CalibrationServiceTests.World world) : IClassFixture<CalibrationServiceTests.World>
{
    /// <summary>One app with 900 simulated checks and one finished run, shared by the tests (seeding and EM take seconds).</summary>
    public sealed class World : IAsyncLifetime
    {
        internal StaffWorld Staff { get; private set; } = default!;

        internal CalibrationRun Run { get; private set; } = default!;

        internal ItemPool FilePool { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            Staff = await StaffWorld.CreateAsync();
            var services = Staff.Factory.Services;
            FilePool = services.GetRequiredService<ItemBankProvider>().Adaptive.Pool;
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<EvalDbContext>();
                await DemoCalibrationData.SeedAsync(services, db, 900);
            }
            int id = (await Service.StartAsync(Trainer, CalibrationModels.Auto))!.Value;
            Run = await WaitAsync(id);
        }

        internal CalibrationService Service => Staff.Factory.Services.GetRequiredService<CalibrationService>();

        internal async Task<CalibrationRun> WaitAsync(int id)
        {
            // The background worker runs it; the test waits for its outcome, bounded.
            for (int i = 0; i < 600; i++)
            {
                var run = await Service.RunAsync(id);
                if (run!.Status != CalibrationRunStatus.Running) return run;
                await Task.Delay(100);
            }
            throw new TimeoutException($"Calibration {id} did not finish in 60 s.");
        }

        public async Task DisposeAsync() => await Staff.DisposeAsync();
    }

    private static readonly StaffScope Trainer = new("trainer-id", "Formatrice test", IsAdmin: false, IsMediator: false, new HashSet<int>()) { IsTrainer = true };

    private ItemBankProvider Bank => world.Staff.Factory.Services.GetRequiredService<ItemBankProvider>();

    [Fact]
    public void The_run_finishes_on_the_collected_answers_with_anchors_for_rarely_asked_items()
    {
        var run = world.Run;
        Assert.Equal(CalibrationRunStatus.Finished, run.Status);
        Assert.Equal(900, run.Persons);
        Assert.True(run.Calibrated >= 30, $"{run.Calibrated} items calibrated");
        Assert.True(run.Anchors > 0);
        foreach (var anchor in run.Items.Where(i => i.IsAnchor))
        {
            Assert.True(anchor.Answers < CalibrationRunner.MinAnswers);
            Assert.Equal((anchor.OldA, anchor.OldB, anchor.OldC), (anchor.NewA, anchor.NewB, anchor.NewC));
        }
        var estimated = run.Items.Where(i => !i.IsAnchor).ToList();
        Assert.All(estimated, i => Assert.True(i.Answers >= CalibrationRunner.MinAnswers));
        Assert.True(estimated.Count(i => i.SeB is > 0) >= estimated.Count - 1, "every estimated item but a degenerate one has a standard error for b");
    }

    [Fact]
    public void Calibrated_difficulties_are_closer_to_the_simulated_truth_than_the_files_guesses()
    {
        // The demo's answers follow DemoCalibrationData.TrueParameters (files' b moved by N(0, 0.4)).
        var truth = DemoCalibrationData.TrueParameters(world.FilePool);
        var calibrated = world.Run.Items.Where(i => !i.IsAnchor).ToList();
        double Rmse(Func<CalibrationItemResult, double> b) =>
            Math.Sqrt(calibrated.Average(i => Math.Pow(b(i) - truth[world.FilePool.IndexOf(i.ItemId)].B, 2)));
        double before = Rmse(i => i.OldB), after = Rmse(i => i.NewB);
        Assert.True(after < before, $"RMSE of b: files {before:0.000}, calibrated {after:0.000}");
    }

    [Fact]
    public void The_item_made_harder_for_people_aged_60_and_over_gets_dif_class_c_by_age_only()
    {
        var biased = world.Run.Items.Single(i => i.ItemId == DemoCalibrationData.BiasedItem);
        var dif = CalibrationRecords.DifOf(biased);
        var age = dif.Single(d => d.Grouping == CollectedAnswers.AgeGrouping);
        Assert.Equal("C", age.Class);
        Assert.Equal("Reference", age.Favours); // it favours the under-60s
        Assert.Contains(CalibrationRecords.FlagsOf(biased), f => f.Kind == "Dif");
        Assert.NotEqual("C", dif.Single(d => d.Grouping == CollectedAnswers.StructureGrouping).Class);
        int fairC = world.Run.Items.Where(i => i.ItemId != DemoCalibrationData.BiasedItem)
            .Count(i => CalibrationRecords.DifOf(i).Any(d => d.Grouping == CollectedAnswers.AgeGrouping && d.Class == "C"));
        Assert.True(fairC <= 1, $"{fairC} fair items in class C by age");
    }

    [Fact]
    public async Task Parameters_reach_the_engine_only_when_accepted_and_leave_when_reverted()
    {
        var service = world.Service;
        var item = world.Run.Items.Where(i => !i.IsAnchor).OrderByDescending(i => Math.Abs(i.NewB - i.OldB)).First();
        int index = Bank.Adaptive.Pool.IndexOf(item.ItemId);
        Assert.Equal(item.OldB, Bank.Adaptive.Pool[index].B, precision: 12);

        Assert.True(await service.AcceptAsync(Trainer, world.Run.Id));
        Assert.Equal(item.NewB, Bank.Adaptive.Pool[index].B, precision: 12);
        Assert.False(await service.AcceptAsync(Trainer, world.Run.Id));

        // A second run, accepted and then reverted, gives the first one back; reverting the first gives the files back.
        int second = (await service.StartAsync(Trainer, "2PL"))!.Value;
        var secondRun = await world.WaitAsync(second);
        Assert.Equal(CalibrationRunStatus.Finished, secondRun.Status);
        Assert.True(await service.AcceptAsync(Trainer, second));
        Assert.Equal(secondRun.Items.Single(i => i.ItemId == item.ItemId).NewB, Bank.Adaptive.Pool[index].B, precision: 12);
        Assert.True(await service.RevertAsync(Trainer, second));
        Assert.Equal(item.NewB, Bank.Adaptive.Pool[index].B, precision: 12);
        Assert.True(await service.RevertAsync(Trainer, world.Run.Id));
        Assert.Equal(world.FilePool[index].B, Bank.Adaptive.Pool[index].B, precision: 12);
        Assert.False(await service.RevertAsync(Trainer, world.Run.Id));

        await using var db = await world.Staff.Factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>().CreateDbContextAsync();
        string[] runs = [world.Run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), second.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var actions = await db.AuditEntries.Where(a => a.TargetKind == "calibration" && runs.Contains(a.TargetId)).Select(a => a.Action).ToListAsync();
        Assert.Equal(2, actions.Count(a => a == AuditActions.AcceptedCalibration));
        Assert.Equal(2, actions.Count(a => a == AuditActions.RevertedCalibration));
    }

    [Fact]
    public async Task A_result_already_given_stays_the_same_when_a_calibration_is_accepted_and_new_checks_use_it()
    {
        var checks = world.Staff.Factory.Services.GetRequiredService<EvalNumerique.Web.Features.Check.CheckService>();
        var before = await EvalNumerique.Web.Tests.Referrals.ReferralWorld.FinishedCheckAsync(world.Staff, world.Staff.StructureA.Id, "Avant");
        var resultBefore = await checks.ResultAsync(before.Code, "fr");

        int id = (await world.Service.StartAsync(Trainer, "2PL"))!.Value;
        Assert.Equal(CalibrationRunStatus.Finished, (await world.WaitAsync(id)).Status);
        Assert.True(await world.Service.AcceptAsync(Trainer, id));
        try
        {
            var resultAfter = await checks.ResultAsync(before.Code, "fr");
            Assert.Equal(resultBefore.Theta, resultAfter.Theta);
            Assert.Equal(resultBefore.Se, resultAfter.Se);
            Assert.Equal(resultBefore.Domains.Select(d => d.Theta), resultAfter.Domains.Select(d => d.Theta));

            var after = await EvalNumerique.Web.Tests.Referrals.ReferralWorld.FinishedCheckAsync(world.Staff, world.Staff.StructureA.Id, "Après");
            await using var db = await world.Staff.Factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>().CreateDbContextAsync();
            Assert.Null((await db.Checks.SingleAsync(c => c.Id == before.CheckId)).ParametersRunId);
            Assert.Equal(id, (await db.Checks.SingleAsync(c => c.Id == after.CheckId)).ParametersRunId);
        }
        finally
        {
            Assert.True(await world.Service.RevertAsync(Trainer, id));
        }
    }

    [Fact]
    public async Task An_unknown_model_is_refused_and_an_unfinished_run_cannot_be_accepted()
    {
        Assert.Null(await world.Service.StartAsync(Trainer, "4PL"));
        Assert.False(await world.Service.AcceptAsync(Trainer, 999_999));
    }

    [Fact]
    public async Task A_mediator_can_neither_start_nor_accept_nor_revert_a_calibration()
    {
        var mediator = new StaffScope("m", "Médiatrice", IsAdmin: false, IsMediator: true, new HashSet<int> { 1 });
        Assert.Null(await world.Service.StartAsync(mediator, CalibrationModels.Auto));
        Assert.False(await world.Service.AcceptAsync(mediator, world.Run.Id));
        Assert.False(await world.Service.RevertAsync(mediator, world.Run.Id));
    }
}
