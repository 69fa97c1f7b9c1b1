using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Sessions;
using static EvalNumerique.Engine.Tests.Sessions.PilotChecks;

namespace EvalNumerique.Engine.Tests.Sessions;

public sealed class PilotResumeTests
{
    [Fact]
    public void A_check_with_pilots_resumed_at_every_step_goes_exactly_as_the_uninterrupted_one()
    {
        int resumedBeforePilot = 0, resumedAfterPilot = 0;
        for (ulong seed = 0; seed < 20; seed++)
        {
            var straight = new CatSession(Pool, WithPilots, seed);
            var interrupted = new CatSession(Pool, WithPilots, seed);
            var scoredA = new RandomSource(seed); var pilotA = new RandomSource(~seed);
            var scoredB = new RandomSource(seed); var pilotB = new RandomSource(~seed);
            bool lastWasPilot = false;
            while (true)
            {
                var expected = straight.NextStep();
                var shown = interrupted.NextStep();
                // Stored after showing the step, and again after answering it, as the web app does.
                interrupted = Resume(interrupted);
                Assert.Equal(expected, shown);
                Assert.Equal(expected, interrupted.NextStep());
                if (expected.IsPilot) resumedBeforePilot++;
                if (lastWasPilot) resumedAfterPilot++;
                if (expected.Kind == CatStepKind.Finished) break;
                PilotChecks.Answer(straight, expected, 0.2, scoredA, pilotA);
                PilotChecks.Answer(interrupted, shown, 0.2, scoredB, pilotB);
                interrupted = Resume(interrupted);
                Assert.Equal(straight.Estimate, interrupted.Estimate);
                Assert.Equal(straight.PilotResponses, interrupted.PilotResponses);
                lastWasPilot = expected.IsPilot;
            }
            Assert.Equal(straight.Responses, interrupted.Responses);
            Assert.Equal(straight.StopReason, interrupted.StopReason);
            Assert.Equal(straight.State().ToJson(), interrupted.State().ToJson());
        }
        Assert.Equal(20 * PerCheck, resumedBeforePilot);
        Assert.Equal(20 * PerCheck, resumedAfterPilot);
    }

    [Fact]
    public void A_state_stored_before_pilots_existed_resumes_as_a_session_without_pilots()
    {
        // The state format as written before pilot items: no pilot field anywhere.
        var before = new CatSession(Pool, WithoutPilots, 5);
        for (int k = 0; k < 4; k++) before.Answer(before.NextItem(), k % 2);
        int pending = before.NextItem();
        string json = before.State().ToJson();
        Assert.DoesNotContain("pilot", json, StringComparison.OrdinalIgnoreCase);

        var resumed = CatSession.Resume(Pool, CatSessionState.FromJson(json));
        Assert.Empty(resumed.PlannedPilots);
        Assert.Empty(resumed.PilotResponses);
        Assert.Equal(new CatStep(CatStepKind.Scored, pending, null), resumed.NextStep());
        Assert.Equal(before.Estimate, resumed.Estimate);
    }

    [Fact]
    public void A_pilot_state_keeps_its_plan_and_answers_in_json()
    {
        var session = new CatSession(Pool, WithPilots, 8);
        var plan = session.PlannedPilots;
        while (session.PilotResponses.Count == 0)
        {
            var step = session.NextStep();
            if (step.IsPilot) session.AnswerPilot(step.PilotId!, 1);
            else session.Answer(step.Item, 0);
        }
        var state = CatSessionState.FromJson(session.State().ToJson());
        Assert.Equal(plan, state.PilotPlan);
        Assert.Equal(new PilotAnswer(plan[0].Item, 1, plan[0].After), Assert.Single(state.PilotResponses!));
        Assert.Null(state.ExcludedPilots);
    }

    [Fact]
    public void An_excluded_pilot_stays_excluded_after_resuming()
    {
        var session = new CatSession(Pool, WithPilots, 9);
        string excluded = session.PlannedPilots[1].Item;
        session.ExcludePilot(excluded);
        var resumed = Resume(session);
        var steps = Play(resumed, 0, answerSeed: 9);
        Assert.DoesNotContain(steps, s => s.PilotId == excluded);
        Assert.Equal(PerCheck - 1, resumed.PilotResponses.Count);
    }

    [Fact]
    public void A_pilot_answer_that_does_not_fit_the_plan_is_refused_on_resume()
    {
        var state = new CatSession(Pool, WithPilots, 10).State();
        var forged = state with { PilotResponses = [new PilotAnswer("p99", 1, 1)] };
        Assert.Throws<ArgumentException>(() => CatSession.Resume(Pool, forged));
    }

    private static CatSession Resume(CatSession session) =>
        CatSession.Resume(Pool, CatSessionState.FromJson(session.State().ToJson()));
}
