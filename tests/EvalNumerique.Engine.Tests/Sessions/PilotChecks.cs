using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Randomness;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Sessions;
using EvalNumerique.Engine.Stopping;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Sessions;

/// <summary>A check like the web app's (randomesque, content balance, 10 to 20 items, SE target) with twelve pilot items.</summary>
internal static class PilotChecks
{
    public const int MinLength = 10;
    public const int PerCheck = 3;

    public static readonly ItemPool Pool = Banks.Random3Pl(300, 5, "device", "information", "communication", "procedures", "safety");

    public static readonly IReadOnlyList<string> PilotIds = [.. Enumerable.Range(0, 12).Select(i => $"p{i:D2}")];

    public static readonly CatOptions WithoutPilots = new()
    {
        Selection = new SelectionOptions
        {
            Exposure = ExposureControl.Randomesque,
            RandomesqueSize = 3,
            ContentTargets = new Dictionary<string, double> { ["device"] = 1, ["information"] = 1, ["communication"] = 1, ["procedures"] = 1, ["safety"] = 1 },
        },
        Stopping = new StoppingRule { MinLength = MinLength, MaxLength = 20, SeTarget = 0.45 },
        EnemyGroups = [["q0001", "q0002", "q0003"]],
    };

    public static readonly CatOptions WithPilots = WithoutPilots with { Pilots = new PilotOptions { Items = PilotIds, PerCheck = PerCheck } };

    /// <summary>
    /// Plays a whole check through <see cref="CatSession.NextStep"/>: scored answers drawn from
    /// the 3PL at <paramref name="theta"/> with their own generator, pilot answers from another, so
    /// that the scored answers do not depend on whether pilots were given.
    /// </summary>
    public static List<CatStep> Play(CatSession session, double theta, ulong answerSeed)
    {
        var scored = new RandomSource(answerSeed);
        var pilot = new RandomSource(RandomSource.Derive(answerSeed, 1));
        var steps = new List<CatStep>();
        for (var step = session.NextStep(); step.Kind != CatStepKind.Finished; step = session.NextStep())
        {
            steps.Add(step);
            Answer(session, step, theta, scored, pilot);
        }
        return steps;
    }

    public static void Answer(CatSession session, CatStep step, double theta, RandomSource scored, RandomSource pilot)
    {
        if (step.IsPilot) session.AnswerPilot(step.PilotId!, pilot.NextDouble() < 0.5 ? 1 : 0);
        else session.Answer(step.Item, scored.NextDouble() < session.Pool.Probability(step.Item, theta) ? 1 : 0);
    }

    /// <summary>1-based places of the pilot steps in the check.</summary>
    public static List<int> PilotPlaces(List<CatStep> steps) =>
        [.. steps.Select((step, index) => (step, index)).Where(x => x.step.IsPilot).Select(x => x.index + 1)];
}
