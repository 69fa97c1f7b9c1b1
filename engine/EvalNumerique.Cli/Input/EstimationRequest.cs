using System.Text.Json;
using EvalNumerique.Engine.Estimation;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Cli.Input;

/// <summary>
/// One request line of <c>evalnum estimate</c> / <c>evalnum next</c>:
/// <c>{"responses": [{"item": "i001", "score": 1}], "method": "EAP", "prior": {"mean": 0, "sd": 1},
/// "quadrature": {"points": 61, "min": -6, "max": 6}, "bounds": {"min": -4, "max": 4}, "exclude": ["i002"]}</c>.
/// </summary>
public sealed record EstimationRequest(Response[] Responses, EstimationOptions Options, int[] Exclude, IReadOnlyList<string> Warnings)
{
    private static readonly string[] KnownFields = ["responses", "method", "prior", "quadrature", "bounds", "exclude"];

    /// <summary>Parses a request line and reports its warnings (unknown fields) on <paramref name="error"/>.</summary>
    public static EstimationRequest Parse(string line, ItemPool pool, string command, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var request = Parse(line, pool);
        foreach (string warning in request.Warnings) error.WriteLine($"evalnum {command}: warning: {warning}");
        return request;
    }

    public static EstimationRequest Parse(string line, ItemPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new CliException($"malformed JSON at column {(e.BytePositionInLine ?? 0) + 1}");
        }
        using (document)
        {
            var root = document.RootElement;
            JsonLines.RequireObject(root, "request");
            var warnings = root.EnumerateObject()
                .Where(p => !KnownFields.Contains(p.Name, StringComparer.Ordinal))
                .Select(p => $"unknown field '{p.Name}' ignored (known: {string.Join(", ", KnownFields)})")
                .ToList();

            var defaults = EstimationOptions.Default;
            var options = new EstimationOptions
            {
                Method = ParseMethod(JsonLines.Property(root, "method")),
                Prior = ParsePrior(JsonLines.Property(root, "prior"), defaults.Prior),
                Quadrature = ParseQuadrature(JsonLines.Property(root, "quadrature"), defaults.Quadrature),
                Bounds = ParseBounds(JsonLines.Property(root, "bounds"), defaults.Bounds),
            };
            var responses = ParseResponses(JsonLines.Property(root, "responses"), pool);
            var exclude = ParseIds(JsonLines.Property(root, "exclude"), "exclude", pool);
            return new EstimationRequest(responses, options, exclude, warnings);
        }
    }

    private static EstimationMethod ParseMethod(JsonElement element) =>
        element.ValueKind == JsonValueKind.Undefined
            ? EstimationMethod.Eap
            : ParseMethodName(JsonLines.Text(element, "method"), "method");

    /// <summary>EAP, MAP, MLE (or ML), WLE (or WL), any case, as catR names them.</summary>
    public static EstimationMethod ParseMethodName(string text, string where) => text.ToUpperInvariant() switch
    {
        "EAP" => EstimationMethod.Eap,
        "MAP" => EstimationMethod.Map,
        "MLE" or "ML" => EstimationMethod.Mle,
        "WLE" or "WL" => EstimationMethod.Wle,
        _ => throw new CliException($"{where}: '{text}' is not one of EAP, MAP, MLE, WLE"),
    };

    private static NormalPrior ParsePrior(JsonElement element, NormalPrior defaults)
    {
        if (element.ValueKind == JsonValueKind.Undefined) return defaults;
        JsonLines.RequireObject(element, "prior");
        var prior = new NormalPrior(
            JsonLines.Number(JsonLines.Property(element, "mean"), "prior.mean", defaults.Mean),
            JsonLines.Number(JsonLines.Property(element, "sd"), "prior.sd", defaults.Sd));
        return prior.Problem() is { } problem ? throw new CliException($"prior: {problem}") : prior;
    }

    private static QuadratureSpec ParseQuadrature(JsonElement element, QuadratureSpec defaults)
    {
        if (element.ValueKind == JsonValueKind.Undefined) return defaults;
        JsonLines.RequireObject(element, "quadrature");
        var grid = new QuadratureSpec(
            JsonLines.WholeNumber(JsonLines.Property(element, "points"), "quadrature.points", defaults.Points),
            JsonLines.Number(JsonLines.Property(element, "min"), "quadrature.min", defaults.Min),
            JsonLines.Number(JsonLines.Property(element, "max"), "quadrature.max", defaults.Max));
        return grid.Problem() is { } problem ? throw new CliException($"quadrature: {problem}") : grid;
    }

    private static ThetaBounds ParseBounds(JsonElement element, ThetaBounds defaults)
    {
        if (element.ValueKind == JsonValueKind.Undefined) return defaults;
        JsonLines.RequireObject(element, "bounds");
        var bounds = new ThetaBounds(
            JsonLines.Number(JsonLines.Property(element, "min"), "bounds.min", defaults.Min),
            JsonLines.Number(JsonLines.Property(element, "max"), "bounds.max", defaults.Max));
        return bounds.Problem() is { } problem ? throw new CliException($"bounds: {problem}") : bounds;
    }

    private static Response[] ParseResponses(JsonElement element, ItemPool pool)
    {
        if (element.ValueKind is JsonValueKind.Undefined) return [];
        if (element.ValueKind != JsonValueKind.Array)
            throw new CliException($"responses: must be an array of {{\"item\": id, \"score\": 0 or 1}}{JsonLines.Got(element)}");
        var responses = new List<Response>();
        var seen = new HashSet<int>();
        int index = 0;
        foreach (var response in element.EnumerateArray())
        {
            string where = $"responses[{index}]";
            JsonLines.RequireObject(response, where);
            string id = JsonLines.Text(JsonLines.Property(response, "item"), $"{where}.item");
            int item = pool.IndexOf(id);
            if (item < 0) throw new CliException($"{where}.item: unknown item id '{id}' (not in the bank)");
            if (!seen.Add(item)) throw new CliException($"{where}.item: item '{id}' is answered twice");
            var scoreElement = JsonLines.Property(response, "score");
            if (scoreElement.ValueKind != JsonValueKind.Number || !scoreElement.TryGetDouble(out double score) || score is not (0 or 1))
                throw new CliException($"{where}.score: must be 0 or 1{JsonLines.Got(scoreElement)}");
            responses.Add(new Response(item, (int)score));
            index++;
        }
        return [.. responses];
    }

    private static int[] ParseIds(JsonElement element, string field, ItemPool pool)
    {
        if (element.ValueKind is JsonValueKind.Undefined) return [];
        if (element.ValueKind != JsonValueKind.Array) throw new CliException($"{field}: must be an array of item ids{JsonLines.Got(element)}");
        var ids = new List<int>();
        int index = 0;
        foreach (var value in element.EnumerateArray())
        {
            string id = JsonLines.Text(value, $"{field}[{index}]");
            int item = pool.IndexOf(id);
            if (item < 0) throw new CliException($"{field}[{index}]: unknown item id '{id}' (not in the bank)");
            ids.Add(item);
            index++;
        }
        return [.. ids];
    }
}
