using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Authoring.Calibration;
using EvalNumerique.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Authoring.Calibration;

public sealed class CalibrationWithoutDataTests
{
    [Fact]
    public async Task Without_enough_answers_the_run_stops_and_says_to_wait_for_more_checks()
    {
        await using var world = await StaffWorld.CreateAsync();
        var service = world.Factory.Services.GetRequiredService<CalibrationService>();
        var trainer = new StaffScope("t", "Formateur", false, false, new HashSet<int>()) { IsTrainer = true };
        int id = (await service.StartAsync(trainer, CalibrationModels.Auto))!.Value;
        CalibrationRun? run = null;
        for (int i = 0; i < 300 && (run = await service.RunAsync(id))!.Status == CalibrationRunStatus.Running; i++) await Task.Delay(100);
        Assert.Equal(CalibrationRunStatus.Failed, run!.Status);
        Assert.Equal(CalibrationFailure.NotEnoughAnswers, run.Failure);
        Assert.False(await service.AcceptAsync(trainer, id));
    }
}
