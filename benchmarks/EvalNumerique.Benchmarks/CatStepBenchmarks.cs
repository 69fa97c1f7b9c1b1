using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Stopping;

namespace EvalNumerique.Benchmarks;

/// <summary>
/// One CAT step on a real <see cref="CatSession"/>: record the answer to the item on screen
/// (update the estimate) and choose the next item (maximum information, one pass over the bank),
/// with <see cref="Length"/> answers already given.
/// <para>
/// A step changes the session, and the cost of MLE/MAP depends on the number of answers, so each
/// invocation takes its own session, resumed before the iteration (not timed) from the state of one
/// session played to <see cref="Length"/> answers: every invocation measures the step from exactly
/// that length.
/// </para>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[InvocationCount(SessionsPerIteration)]
public class CatStepBenchmarks
{
    private const int SessionsPerIteration = 256;
    private const double TrueTheta = 0.4;

    private readonly CatSession[] _sessions = new CatSession[SessionsPerIteration];
    private ItemPool _pool = null!;
    private CatSessionState _state = null!;
    private int _score;
    private int _next;

    [Params(300, 3_000, 30_000)]
    public int BankSize { get; set; }

    [Params(1, 10, 30)]
    public int Length { get; set; }

    [Params(EstimationMethod.Eap, EstimationMethod.Map, EstimationMethod.Mle)]
    public EstimationMethod Estimator { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pool = BenchmarkBanks.Random3Pl(BankSize);
        var options = new CatOptions
        {
            Estimation = new EstimationOptions { Method = Estimator },
            Stopping = new StoppingRule { MaxLength = 100 },
        };
        var session = new CatSession(_pool, options, seed: 1);
        var answers = new RandomSource(2);
        for (int k = 0; k < Length; k++)
        {
            int item = session.NextItem();
            session.Answer(item, BenchmarkBanks.Score(_pool, item, TrueTheta, answers.NextDouble()));
        }
        _score = BenchmarkBanks.Score(_pool, session.NextItem(), TrueTheta, answers.NextDouble());
        _state = session.State();

        // The iterations are short (SessionsPerIteration steps), so BenchmarkDotNet's warm-up alone
        // may end before tiered JIT has optimised the step: run it for half a second first.
        for (var clock = Stopwatch.StartNew(); clock.ElapsedMilliseconds < 500;)
        {
            _sessions[0] = CatSession.Resume(_pool, _state);
            _next = 0;
            Step();
        }
    }

    [IterationSetup]
    public void ResumeSessions()
    {
        for (int i = 0; i < _sessions.Length; i++) _sessions[i] = CatSession.Resume(_pool, _state);
        _next = 0;
    }

    [Benchmark(Description = "answer + next item")]
    public int Step()
    {
        var session = _sessions[_next++];
        session.Answer(session.NextItem(), _score);
        return session.NextItem();
    }
}
