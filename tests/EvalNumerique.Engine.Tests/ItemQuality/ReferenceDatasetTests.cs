using System.Text.Json;
using EvalNumerique.Engine.ItemQuality;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.ItemQuality;

/// <summary>
/// A simulated complete data set (500 persons, 12 2PL items, item 3 0.8 logit harder for the focal
/// group) and its statistics from R 4.2.2: Reference/mantel_haenszel_reference.R writes
/// Reference/mantel_haenszel_reference.json. The Mantel–Haenszel figures are base R's
/// stats::mantelhaen.test on sum-score strata (difR is not packaged for Debian, so it was not run).
/// </summary>
public sealed class ReferenceDatasetTests
{
    private static readonly JsonElement Reference = Load();

    private static JsonElement Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "ItemQuality", "Reference", "mantel_haenszel_reference.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }

    private static double[] Numbers(string name) => [.. Reference.GetProperty(name).EnumerateArray().Select(x => x.GetDouble())];

    private static (ItemPool Pool, ResponseSet Responses, double[] Thetas, DifGrouping Grouping) Data()
    {
        double[] a = Numbers("a"), b = Numbers("b");
        var pool = new ItemPool([.. a.Select((ai, i) => new PoolItem($"r{i}", new ItemParameters(ai, b[i])))]);
        var rows = Reference.GetProperty("responses").EnumerateArray()
            .Select(row => (IReadOnlyList<Response>)[.. row.GetString()!.Select((ch, i) => new Response(i, ch - '0'))]).ToList();
        string?[] groups = [.. Reference.GetProperty("group").EnumerateArray().Select(g => g.GetString())];
        return (pool, new ResponseSet(pool.Count, rows), Numbers("theta"), new DifGrouping("group", "reference", "focal", groups));
    }

    [Fact]
    public void Mantel_Haenszel_on_sum_score_strata_matches_R_mantelhaen_test()
    {
        // Strata = every sum score, unmerged (R drops strata of one person, which carry no information).
        var (pool, responses, thetas, grouping) = Data();
        var options = new ItemQualityOptions { Matching = DifMatching.SumScore, MinStratumAnswers = 1 };

        foreach (var expected in Reference.GetProperty("items").EnumerateArray())
        {
            int item = expected.GetProperty("item").GetInt32();
            var mh = DifAnalysis.Compute(responses, item, thetas, grouping, options).Statistics!.Value;

            Assert.Equal(expected.GetProperty("alphaMH").GetDouble(), mh.Alpha, 1e-12);
            Assert.Equal(expected.GetProperty("chiSquare").GetDouble(), mh.ChiSquare, 1e-11);
            Assert.Equal(expected.GetProperty("pValueMH").GetDouble(), mh.PValue, 1e-12);
            // R rounds nothing, but gets SE from the CI bounds through exp/log: 1e-10 absolute.
            Assert.Equal(expected.GetProperty("seLogAlpha").GetDouble(), mh.SeLogAlpha, 1e-10);
        }
    }

    [Fact]
    public void Classical_statistics_and_fit_match_R()
    {
        var (pool, responses, thetas, _) = Data();

        foreach (var expected in Reference.GetProperty("items").EnumerateArray())
        {
            int item = expected.GetProperty("item").GetInt32();
            var classical = ClassicalStatistics.Compute(responses, item, thetas);
            var fit = ItemFit.Compute(pool, responses, item, thetas);

            Assert.Equal(expected.GetProperty("pValue").GetDouble(), classical.PValue!.Value, 1e-14);
            Assert.Equal(expected.GetProperty("pointBiserialTheta").GetDouble(), classical.PointBiserial!.Value, 1e-12);
            Assert.Equal(expected.GetProperty("correctedItemTotal").GetDouble(), classical.CorrectedItemTotal!.Value, 1e-12);
            Assert.Equal(expected.GetProperty("outfit").GetDouble(), fit.Outfit!.Value, 1e-12);
            Assert.Equal(expected.GetProperty("infit").GetDouble(), fit.Infit!.Value, 1e-12);
            Assert.Equal(expected.GetProperty("outfitT").GetDouble(), fit.OutfitT!.Value, 1e-10);
            Assert.Equal(expected.GetProperty("infitT").GetDouble(), fit.InfitT!.Value, 1e-10);
        }
    }
}
