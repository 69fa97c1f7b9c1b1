using System.Text.Json;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;
using EvalNumerique.Engine.Selection;
using EvalNumerique.Engine.Tests.Support;

namespace EvalNumerique.Engine.Tests.Golden;

/// <summary>
/// The engine against independent references: a Python implementation of the contract written
/// without the engine, jsCAT 5.2.3, Baker (2001) and hand derivations (Golden/README.md). Each
/// case carries its own absolute tolerance.
/// </summary>
public sealed class GoldenEstimateTests
{
    [Fact]
    public void Estimates_match_the_independent_references()
    {
        var failures = new List<string>();
        int checkedCases = 0;
        foreach (var goldenCase in GoldenFile.Cases("estimates.json"))
        {
            var pool = GoldenFile.Pool(goldenCase.GetProperty("bank"));
            var request = goldenCase.GetProperty("request");
            var estimate = Estimator.Estimate(pool, GoldenFile.Responses(pool, request), GoldenFile.Options(request));
            var expected = goldenCase.GetProperty("expected");
            double tolerance = goldenCase.GetProperty("tolerance").GetDouble();
            Check(goldenCase, "theta", expected.GetProperty("theta"), estimate.Theta, tolerance, failures);
            if (expected.TryGetProperty("se", out var se)) Check(goldenCase, "se", se, estimate.Se, tolerance, failures);
            checkedCases++;
        }
        Assert.True(checkedCases >= 60, $"only {checkedCases} golden estimate cases");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Next_items_match_the_independent_references()
    {
        var failures = new List<string>();
        foreach (var goldenCase in GoldenFile.Cases("next-items.json"))
        {
            var pool = GoldenFile.Pool(goldenCase.GetProperty("bank"));
            var request = goldenCase.GetProperty("request");
            var responses = GoldenFile.Responses(pool, request);
            var options = GoldenFile.Options(request);
            var estimate = responses.Length == 0
                ? new ThetaEstimate(options.Prior.Mean, options.Prior.Sd)
                : Estimator.Estimate(pool, responses, options);
            var blocked = new bool[pool.Count];
            foreach (var r in responses) blocked[r.Item] = true;
            if (request.TryGetProperty("exclude", out var exclude))
                foreach (var id in exclude.EnumerateArray()) blocked[pool.IndexOf(id.GetString()!)] = true;
            int next = MaximumInformation.Select(pool, estimate.Theta, blocked);

            var expected = goldenCase.GetProperty("expected");
            double tolerance = goldenCase.GetProperty("tolerance").GetDouble();
            string expectedItem = expected.GetProperty("item").GetString()!;
            if (pool.Ids[next] != expectedItem)
                failures.Add($"{goldenCase.GetProperty("name").GetString()}: item expected {expectedItem}, got {pool.Ids[next]}");
            Check(goldenCase, "theta", expected.GetProperty("theta"), estimate.Theta, tolerance, failures);
            Check(goldenCase, "information", expected.GetProperty("information"), pool.Information(next, estimate.Theta), tolerance, failures);
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Probabilities_and_information_match_the_independent_references()
    {
        var failures = new List<string>();
        foreach (var goldenCase in GoldenFile.Cases("information.json"))
        {
            var item = goldenCase.GetProperty("item");
            var parameters = new ItemParameters(item.GetProperty("a").GetDouble(), item.GetProperty("b").GetDouble(),
                GoldenFile.Optional(item, "c", 0), GoldenFile.Optional(item, "d", 1));
            double scaling = goldenCase.GetProperty("D").GetDouble();
            double theta = goldenCase.GetProperty("theta").GetDouble();
            double tolerance = goldenCase.GetProperty("tolerance").GetDouble();
            Check(goldenCase, "p", goldenCase.GetProperty("p"), parameters.Probability(theta, scaling), tolerance, failures);
            Check(goldenCase, "information", goldenCase.GetProperty("information"), parameters.Information(theta, scaling), tolerance, failures);
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static void Check(JsonElement goldenCase, string what, JsonElement expected, double actual, double tolerance, List<string> failures)
    {
        if (expected.ValueKind != JsonValueKind.Number) return; // null: not checked by that reference
        double value = expected.GetDouble();
        if (!(Math.Abs(value - actual) <= tolerance))
            failures.Add(GoldenFile.Describe(goldenCase, what, value, actual) + $" (tolerance {tolerance})");
    }
}
