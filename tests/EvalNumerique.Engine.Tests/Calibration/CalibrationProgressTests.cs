using EvalNumerique.Engine.Calibration;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Calibration;

public sealed class CalibrationProgressTests
{
    private static readonly ItemPool Pool = Recovery.TrueItems(8, ItemModel.TwoPL, seed: 41);
    private static readonly ResponseMatrix Data = ResponseSimulation.Complete(Pool, Recovery.Thetas(400, seed: 42), seed: 43);

    /// <summary>Collects reports synchronously (Progress&lt;T&gt; would post them to a thread pool).</summary>
    private sealed class Recorder : IProgress<CalibrationProgress>
    {
        public List<CalibrationProgress> Reports { get; } = [];

        public void Report(CalibrationProgress value) => Reports.Add(value);
    }

    [Fact]
    public void Every_cycle_is_reported_with_the_log_likelihood_of_the_trace()
    {
        var recorder = new Recorder();
        var result = MmlEm.Calibrate(Recovery.Free(Pool, ItemModel.TwoPL), Data, progress: recorder);
        Assert.Equal(result.Cycles, recorder.Reports.Count);
        Assert.Equal(Enumerable.Range(1, result.Cycles), recorder.Reports.Select(r => r.Cycle));
        Assert.Equal(result.LogLikelihoodByCycle, recorder.Reports.Select(r => r.LogLikelihood));
        Assert.Equal(result.MaxParameterChange, recorder.Reports[^1].MaxParameterChange);
    }

    [Fact]
    public void A_cancelled_run_stops_between_cycles()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => MmlEm.Calibrate(Recovery.Free(Pool, ItemModel.TwoPL), Data, cancel: cancel.Token));
    }
}
