using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Stopping;
using static EvalNumerique.Engine.Tests.Sessions.PilotChecks;

namespace EvalNumerique.Engine.Tests.Sessions;

public sealed class PilotItemTests
{
    [Fact]
    public void A_pilot_item_is_never_first_and_a_check_never_has_more_than_PerCheck()
    {
        for (ulong seed = 0; seed < 300; seed++)
        {
            var session = new CatSession(Pool, WithPilots, seed);
            var steps = Play(session, theta: -1 + seed % 5 * 0.5, answerSeed: seed);
            Assert.Equal(CatStepKind.Scored, steps[0].Kind);
            var pilots = steps.Where(s => s.IsPilot).Select(s => s.PilotId).ToList();
            // The check is at least 10 scored items long, so every planned pilot is given.
            Assert.Equal(PerCheck, pilots.Count);
            Assert.Equal(pilots.Count, pilots.Distinct().Count());
            Assert.Equal(pilots, session.PilotResponses.Select(a => a.Item));
        }
    }

    [Fact]
    public void Pilot_items_are_placed_inside_the_shortest_check()
    {
        // Places 2 … L + P − 1 = 12: after the first scored item and before the 10th.
        for (ulong seed = 0; seed < 300; seed++)
        {
            var session = new CatSession(Pool, WithPilots, seed);
            var steps = Play(session, theta: 0.3, answerSeed: seed);
            Assert.All(PilotPlaces(steps), place => Assert.InRange(place, 2, MinLength + PerCheck - 1));
            Assert.All(session.PilotResponses, answer => Assert.InRange(answer.After, 1, MinLength - 1));
            Assert.Equal(session.PlannedPilots.Select(p => p.After), session.PilotResponses.Select(a => a.After));
        }
    }

    [Fact]
    public void A_fixed_length_check_places_pilots_over_its_whole_length_and_keeps_its_scored_length()
    {
        var options = WithPilots with { Stopping = new StoppingRule { MinLength = 1, MaxLength = 12 } };
        for (ulong seed = 0; seed < 50; seed++)
        {
            var session = new CatSession(Pool, options, seed);
            var steps = Play(session, theta: 0, answerSeed: seed);
            Assert.Equal(12 + PerCheck, steps.Count);
            Assert.Equal(12, session.Responses.Count);
            Assert.Equal(StopReason.MaxLength, session.StopReason);
            Assert.All(PilotPlaces(steps), place => Assert.InRange(place, 2, 12 + PerCheck - 1));
        }
    }

    [Theory]
    [InlineData(EstimationMethod.Eap)]
    [InlineData(EstimationMethod.Map)]
    [InlineData(EstimationMethod.Wle)]
    public void Pilot_answers_change_neither_the_scored_items_nor_the_estimate_nor_the_stop(EstimationMethod method)
    {
        var estimation = new EstimationOptions { Method = method };
        for (ulong seed = 0; seed < 100; seed++)
        {
            double theta = -2 + seed % 9 * 0.5;
            var piloted = new CatSession(Pool, WithPilots with { Estimation = estimation }, seed);
            var plain = new CatSession(Pool, WithoutPilots with { Estimation = estimation }, seed);
            Play(piloted, theta, answerSeed: seed);
            Play(plain, theta, answerSeed: seed);

            // The pilot plan draws from its own stream: same seed, same scored items, same answers.
            Assert.Equal(plain.Responses, piloted.Responses);
            Assert.Equal(plain.StopReason, piloted.StopReason);
            AssertBitIdentical(plain.Estimate, piloted.Estimate);

            // The same check with the pilot answers removed, replayed on a session without pilots.
            var replayed = new CatSession(Pool, WithoutPilots with { Estimation = estimation }, seed);
            foreach (var response in piloted.Responses) replayed.Answer(response.Item, response.Score);
            AssertBitIdentical(replayed.Estimate, piloted.Estimate);
            Assert.Equal(replayed.StopReason, piloted.StopReason);
        }
    }

    [Fact]
    public void A_session_without_pilots_steps_through_exactly_the_items_of_NextItem()
    {
        var byStep = new CatSession(Pool, WithoutPilots, 7);
        var byItem = new CatSession(Pool, WithoutPilots, 7);
        var steps = Play(byStep, 0.5, answerSeed: 3);
        var scored = new RandomSource(3);
        var items = new List<int>();
        for (int item = byItem.NextItem(); item >= 0; item = byItem.NextItem())
        {
            items.Add(item);
            byItem.Answer(item, scored.NextDouble() < Pool.Probability(item, 0.5) ? 1 : 0);
        }
        Assert.All(steps, s => Assert.Equal(CatStepKind.Scored, s.Kind));
        Assert.Equal(items, steps.Select(s => s.Item));
        Assert.Empty(byStep.PlannedPilots);
        Assert.Equal(CatStep.Finished, byStep.NextStep());
    }

    [Fact]
    public void Two_pilot_enemies_are_never_in_the_same_check()
    {
        var options = WithPilots with
        {
            Pilots = new PilotOptions { Items = PilotIds, PerCheck = 6 },
            EnemyGroups = [["q0001", "q0002"], ["p00", "p01", "p02"], ["p03", "p04"], ["p05", "p06"], ["p07", "p08"], ["p09", "p10"]],
        };
        for (ulong seed = 0; seed < 300; seed++)
        {
            var plan = new CatSession(Pool, options, seed).PlannedPilots.Select(p => p.Item).ToHashSet();
            // Six groups of mutually exclusive pilots (p11 alone): at most one of each, six in all.
            Assert.Equal(6, plan.Count);
            foreach (var group in options.EnemyGroups.Skip(1))
                Assert.True(group.Count(plan.Contains) <= 1, $"seed {seed}: two enemies of [{string.Join(", ", group)}] planned.");
        }
    }

    [Fact]
    public void A_pilot_and_a_scored_enemy_are_never_in_the_same_check()
    {
        // Plain maximum information: the scored items are fixed by the answers. Take the item the
        // plain check gives 4th and make it the enemy of the only pilot item: when the pilot comes
        // first it blocks that item, when it would come after it, it is skipped.
        var stopping = new StoppingRule { MinLength = 8, MaxLength = 8 };
        var plainOptions = new CatOptions { Stopping = stopping };
        var plain = new CatSession(Pool, plainOptions, 1);
        Play(plain, 0, answerSeed: 5);
        string fourth = Pool.Ids[plain.Responses[3].Item];
        var options = plainOptions with
        {
            Pilots = new PilotOptions { Items = ["pilot"], PerCheck = 1 },
            EnemyGroups = [[fourth, "pilot"]],
        };
        int blocked = 0, skipped = 0;
        for (ulong seed = 0; seed < 40; seed++)
        {
            var session = new CatSession(Pool, options, seed);
            var steps = Play(session, 0, answerSeed: 5);
            bool pilotGiven = steps.Any(s => s.IsPilot);
            bool enemyGiven = session.Responses.Any(r => Pool.Ids[r.Item] == fourth);
            Assert.False(pilotGiven && enemyGiven, $"seed {seed}: the pilot and its enemy were both given.");
            Assert.Equal(8, session.Responses.Count);
            if (session.PlannedPilots[0].After <= 3) { Assert.True(pilotGiven); blocked++; }
            else { Assert.True(enemyGiven); Assert.False(pilotGiven); skipped++; }
        }
        Assert.True(blocked > 0 && skipped > 0, $"both cases must occur: blocked {blocked}, skipped {skipped}");
    }

    [Fact]
    public void The_pilot_items_with_the_fewest_answers_are_chosen_first()
    {
        var counts = PilotIds.ToDictionary(id => id, _ => 40);
        counts["p03"] = 0; counts["p07"] = 2; counts["p09"] = 1;
        var chosen = new Dictionary<string, int>();
        for (ulong seed = 0; seed < 200; seed++)
        {
            var plan = new CatSession(Pool, WithPilots, seed, counts).PlannedPilots.Select(p => p.Item).Order().ToList();
            Assert.Equal(["p03", "p07", "p09"], plan);
        }

        // Four items tie at the fewest answers for three places: each is chosen about 3/4 of the time.
        counts["p07"] = 0; counts["p09"] = 0; counts["p11"] = 0;
        for (ulong seed = 0; seed < 400; seed++)
            foreach (var pilot in new CatSession(Pool, WithPilots, seed, counts).PlannedPilots)
                chosen[pilot.Item] = chosen.GetValueOrDefault(pilot.Item) + 1;
        Assert.Equal(["p03", "p07", "p09", "p11"], chosen.Keys.Order());
        // 400 × 3/4 = 300, binomial SD √(400 · 3/4 · 1/4) ≈ 8.7: ±45 is over 5 SD.
        Assert.All(chosen.Values, n => Assert.InRange(n, 255, 345));
    }

    [Fact]
    public void A_pilot_answer_is_refused_when_it_is_not_the_step_due()
    {
        var session = new CatSession(Pool, WithPilots, 11);
        var first = session.PlannedPilots[0];
        Assert.Throws<InvalidOperationException>(() => session.AnswerPilot(first.Item, 1)); // no scored answer yet
        Assert.Throws<ArgumentException>(() => session.AnswerPilot("q0001", 1));            // a scored item
        Assert.Throws<ArgumentException>(() => session.AnswerPilot("unknown", 1));
        for (int k = 0; k < first.After; k++) session.Answer(session.NextItem(), 1);
        Assert.Equal(new CatStep(CatStepKind.Pilot, -1, first.Item), session.NextStep());
        Assert.Throws<ArgumentOutOfRangeException>(() => session.AnswerPilot(first.Item, 2));
        session.AnswerPilot(first.Item, 1);
        Assert.Throws<InvalidOperationException>(() => session.AnswerPilot(first.Item, 1)); // already answered
    }

    [Fact]
    public void An_excluded_pilot_item_is_skipped()
    {
        var session = new CatSession(Pool, WithPilots, 12);
        string excluded = session.PlannedPilots[0].Item;
        session.ExcludePilot(excluded);
        var steps = Play(session, 0, answerSeed: 12);
        Assert.Equal(PerCheck - 1, steps.Count(s => s.IsPilot));
        Assert.DoesNotContain(steps, s => s.PilotId == excluded);
    }

    [Fact]
    public void Pilot_options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => new CatSession(Pool, WithoutPilots with { Pilots = new PilotOptions { Items = ["p1"], PerCheck = -1 } }, 1));
        Assert.Throws<ArgumentException>(() => new CatSession(Pool, WithoutPilots with { Pilots = new PilotOptions { Items = ["p1", "p1"], PerCheck = 1 } }, 1));
        Assert.Throws<ArgumentException>(() => new CatSession(Pool, WithoutPilots with { Pilots = new PilotOptions { Items = ["q0004"], PerCheck = 1 } }, 1));
        Assert.Empty(new CatSession(Pool, WithoutPilots with { Pilots = new PilotOptions { Items = ["p1"], PerCheck = 0 } }, 1).PlannedPilots);
        // More places than pilot items: every item once.
        Assert.Equal(2, new CatSession(Pool, WithoutPilots with { Pilots = new PilotOptions { Items = ["p1", "p2"], PerCheck = 5 } }, 1).PlannedPilots.Count);
    }

    [Fact]
    public void Asking_for_the_next_step_allocates_nothing()
    {
        // STYLE.md rule 7: the next-item path is allocation-free, with or without pilots.
        foreach (var options in new[] { WithoutPilots, WithPilots })
        {
            Play(new CatSession(Pool, options, 20), 0, answerSeed: 1); // warm up: JIT, statics
            var session = new CatSession(Pool, options, 21);
            var scored = new RandomSource(1);
            var pilot = new RandomSource(2);
            int pilotSteps = 0;
            while (true)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var step = session.NextStep();
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                Assert.Equal(0, allocated);
                if (step.Kind == CatStepKind.Finished) break;
                if (step.IsPilot) pilotSteps++;
                Answer(session, step, 0, scored, pilot);
            }
            Assert.Equal(options.Pilots is null ? 0 : PerCheck, pilotSteps);
        }
    }

    private static void AssertBitIdentical(ThetaEstimate expected, ThetaEstimate actual)
    {
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Theta), BitConverter.DoubleToInt64Bits(actual.Theta));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Se), BitConverter.DoubleToInt64Bits(actual.Se));
    }
}
