using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Stopping;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Sessions;

public sealed class CatSessionTests
{
    private static readonly ItemPool Pool = Banks.Random3Pl(300, 5, "device", "information", "communication", "procedures", "safety");

    private static readonly CatOptions Randomised = new()
    {
        Selection = new SelectionOptions
        {
            Exposure = ExposureControl.Randomesque,
            ContentTargets = new Dictionary<string, double> { ["device"] = 0.2, ["information"] = 0.2, ["communication"] = 0.2, ["procedures"] = 0.2, ["safety"] = 0.2 },
        },
        Stopping = new StoppingRule { MinLength = 10, MaxLength = 20, SeTarget = 0.3 },
        EnemyGroups = [["q0001", "q0002", "q0003"]],
    };

    private static int Answer(ItemPool pool, int item, double trueTheta, RandomSource random) =>
        random.NextDouble() < pool.Probability(item, trueTheta) ? 1 : 0;

    [Theory]
    [InlineData(EstimationMethod.Eap)]
    [InlineData(EstimationMethod.Map)]
    [InlineData(EstimationMethod.Wle)]
    public void A_session_resumed_from_json_continues_exactly_as_the_uninterrupted_one(EstimationMethod method)
    {
        var options = Randomised with { Estimation = new EstimationOptions { Method = method } };
        var straight = new CatSession(Pool, options, seed: 99);
        var interrupted = new CatSession(Pool, options, seed: 99);
        var answersA = new RandomSource(1);
        var answersB = new RandomSource(1);
        int step = 0;
        while (true)
        {
            int expected = straight.NextItem();
            int actual = interrupted.NextItem();
            // Store after showing the item (the pending item must survive too), then resume.
            interrupted = CatSession.Resume(Pool, CatSessionState.FromJson(interrupted.State().ToJson()));
            Assert.Equal(expected, actual);
            Assert.Equal(expected, interrupted.NextItem());
            if (expected < 0) break;
            straight.Answer(expected, Answer(Pool, expected, 0.8, answersA));
            interrupted.Answer(actual, Answer(Pool, actual, 0.8, answersB));
            interrupted = CatSession.Resume(Pool, CatSessionState.FromJson(interrupted.State().ToJson()));
            Assert.Equal(straight.Estimate, interrupted.Estimate);
            step++;
        }
        Assert.Equal(straight.StopReason, interrupted.StopReason);
        Assert.InRange(step, 10, 20);
    }

    [Fact]
    public void Asking_twice_for_the_next_item_gives_the_same_item()
    {
        var session = new CatSession(Pool, Randomised, seed: 4);
        Assert.Equal(session.NextItem(), session.NextItem());
    }

    [Fact]
    public void Content_targets_spread_a_test_evenly_over_domains()
    {
        var session = new CatSession(Pool, Randomised with { Stopping = new StoppingRule { MinLength = 20, MaxLength = 20 } }, seed: 8);
        var random = new RandomSource(2);
        for (int item = session.NextItem(); item >= 0; item = session.NextItem())
            session.Answer(item, Answer(Pool, item, -0.5, random));
        Assert.All(session.AdministeredPerDomain.ToArray(), count => Assert.Equal(4, count));
    }

    [Fact]
    public void Enemies_of_a_given_item_are_never_given()
    {
        var pool = new ItemPool([.. Enumerable.Range(0, 6).Select(i => new PoolItem($"e{i}", new ItemParameters(1 + i * 0.01, 0)))]);
        var options = new CatOptions { EnemyGroups = [["e5", "e4"]], Stopping = new StoppingRule { MinLength = 6, MaxLength = 6 } };
        var session = new CatSession(pool, options, 1);
        var given = new List<string>();
        for (int item = session.NextItem(); item >= 0; item = session.NextItem())
        {
            given.Add(pool.Ids[item]);
            session.Answer(item, 1);
        }
        Assert.Equal("e5", given[0]);
        Assert.DoesNotContain("e4", given);
        Assert.Equal(StopReason.BankExhausted, session.StopReason);
    }

    [Fact]
    public void Per_domain_minimums_are_met_before_the_maximum_length()
    {
        var options = new CatOptions
        {
            Stopping = new StoppingRule { MinLength = 1, MaxLength = 8, MinPerDomain = new Dictionary<string, int> { ["safety"] = 3, ["device"] = 2 } },
        };
        var session = new CatSession(Pool, options, 1);
        var random = new RandomSource(3);
        for (int item = session.NextItem(); item >= 0; item = session.NextItem())
            session.Answer(item, Answer(Pool, item, 2, random));
        var domains = Pool.Domains.ToList();
        Assert.True(session.AdministeredPerDomain[domains.IndexOf("safety")] >= 3);
        Assert.True(session.AdministeredPerDomain[domains.IndexOf("device")] >= 2);
        Assert.Equal(8, session.Responses.Count);
    }

    [Fact]
    public void A_state_from_another_bank_is_refused()
    {
        var state = new CatSession(Pool, CatOptions.Default, 1).State();
        var other = Banks.Random3Pl(300, 6);
        Assert.Throws<ArgumentException>(() => CatSession.Resume(other, state));
    }

    [Fact]
    public void The_first_item_is_chosen_at_the_prior_mean_or_the_start_theta()
    {
        var blocked = new bool[Pool.Count];
        Assert.Equal(MaximumInformation.Select(Pool, 0, blocked), new CatSession(Pool, CatOptions.Default, 1).NextItem());
        Assert.Equal(MaximumInformation.Select(Pool, -1.5, blocked), new CatSession(Pool, CatOptions.Default with { StartTheta = -1.5 }, 1).NextItem());
    }

    [Fact]
    public void Answering_a_given_item_again_is_refused()
    {
        var session = new CatSession(Pool, CatOptions.Default, 1);
        int item = session.NextItem();
        session.Answer(item, 1);
        Assert.Throws<InvalidOperationException>(() => session.Answer(item, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => session.Answer(session.NextItem(), 2));
    }
}
