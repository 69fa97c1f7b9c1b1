using System.Text.Json;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Engine.Tests.Support;

/// <summary>
/// Reads the reference values in Golden/ (how each was produced: Golden/README.md). Cases use
/// the CLI's bank and request shapes so the same files also prove `evalnum` end to end.
/// </summary>
internal static class GoldenFile
{
    public static JsonElement Load(string name)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.Clone();
    }

    public static IEnumerable<JsonElement> Cases(string name) => Load(name).GetProperty("cases").EnumerateArray();

    public static ItemPool Pool(JsonElement bank)
    {
        double scaling = bank.TryGetProperty("D", out var d) ? d.GetDouble() : 1.0;
        var items = bank.GetProperty("items").EnumerateArray().Select(item => new PoolItem(
            item.GetProperty("id").GetString()!,
            new ItemParameters(item.GetProperty("a").GetDouble(), item.GetProperty("b").GetDouble(),
                Optional(item, "c", 0), Optional(item, "d", 1)),
            item.TryGetProperty("domain", out var domain) ? domain.GetString() : null)).ToList();
        return new ItemPool(items, scaling);
    }

    public static EstimationOptions Options(JsonElement request)
    {
        var options = new EstimationOptions();
        if (request.TryGetProperty("method", out var method))
            options = options with { Method = Enum.Parse<EstimationMethod>(method.GetString()!, ignoreCase: true) };
        if (request.TryGetProperty("prior", out var prior))
            options = options with { Prior = new NormalPrior(prior.GetProperty("mean").GetDouble(), prior.GetProperty("sd").GetDouble()) };
        if (request.TryGetProperty("quadrature", out var q))
            options = options with { Quadrature = new QuadratureSpec(q.GetProperty("points").GetInt32(), q.GetProperty("min").GetDouble(), q.GetProperty("max").GetDouble()) };
        if (request.TryGetProperty("bounds", out var b))
            options = options with { Bounds = new ThetaBounds(b.GetProperty("min").GetDouble(), b.GetProperty("max").GetDouble()) };
        return options;
    }

    public static Response[] Responses(ItemPool pool, JsonElement request) =>
        request.TryGetProperty("responses", out var responses)
            ? [.. responses.EnumerateArray().Select(r => new Response(pool.IndexOf(r.GetProperty("item").GetString()!), r.GetProperty("score").GetInt32()))]
            : [];

    public static double Optional(JsonElement element, string name, double fallback) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : fallback;

    /// <summary>A failure message that names the case and its reference.</summary>
    public static string Describe(JsonElement goldenCase, string what, double expected, double actual) =>
        $"{goldenCase.GetProperty("name").GetString()} ({goldenCase.GetProperty("reference").GetString()}): {what} expected {expected:R}, got {actual:R}";
}
