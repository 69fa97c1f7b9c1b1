using EvalNumerique.Engine.Sessions;
using Xunit.Abstractions;
using static EvalNumerique.Engine.Tests.Sessions.PilotChecks;

namespace EvalNumerique.Engine.Tests.Sessions;

public sealed class PilotSimulationTests(ITestOutputHelper output)
{
    private const int Sessions = 2_000;

    [Fact]
    public void Over_2000_checks_pilot_places_are_uniform_and_pilot_items_equally_used()
    {
        // 2 000 whole checks (θ from −2 to 2), 3 pilots of 12, no answer counts given.
        int firstPlace = 2, lastPlace = MinLength + PerCheck - 1;
        var byPlace = new int[lastPlace + 1];
        var byItem = PilotIds.ToDictionary(id => id, _ => 0);
        for (ulong seed = 0; seed < Sessions; seed++)
        {
            var session = new CatSession(Pool, WithPilots, seed);
            var steps = Play(session, theta: -2 + 4.0 * seed / (Sessions - 1), answerSeed: seed + 1_000_000);
            foreach (int place in PilotPlaces(steps)) byPlace[place]++;
            foreach (var answer in session.PilotResponses) byItem[answer.Item]++;
        }
        int places = lastPlace - firstPlace + 1;
        double perPlace = (double)Sessions * PerCheck / places;
        double perItem = (double)Sessions * PerCheck / PilotIds.Count;
        double placeChi2 = Enumerable.Range(firstPlace, places).Sum(p => Math.Pow(byPlace[p] - perPlace, 2) / perPlace);
        double itemChi2 = byItem.Values.Sum(n => Math.Pow(n - perItem, 2) / perItem);
        output.WriteLine($"places {firstPlace}..{lastPlace}, expected {perPlace:F1} each: {string.Join(" ", Enumerable.Range(firstPlace, places).Select(p => $"{p}:{byPlace[p]}"))}; chi2 = {placeChi2:F2} (df {places - 1})");
        output.WriteLine($"items, expected {perItem:F1} each: {string.Join(" ", byItem.Select(kv => $"{kv.Key}:{kv.Value}"))}; chi2 = {itemChi2:F2} (df {PilotIds.Count - 1})");

        Assert.Equal(0, byPlace[0] + byPlace[1]);
        Assert.Equal(Sessions * PerCheck, byPlace.Sum());
        // Critical values of χ² at p = 0.001: 29.59 (10 df), 31.26 (11 df). The seeds are fixed, so
        // the test is deterministic; the threshold says the counts are those of a uniform draw.
        Assert.True(placeChi2 < 29.59, $"places not uniform: chi2 = {placeChi2:F2}");
        Assert.True(itemChi2 < 31.26, $"items not equally used: chi2 = {itemChi2:F2}");
    }
}
