using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EvalNumerique.LoadTest;

/// <summary>
/// One simulated person: starts a check, says what they need, then for each question reads it
/// (GET item), thinks, answers (« je ne sais pas » or a random choice among what the item shows:
/// the API never reveals the key) until the check is finished, then reads the result.
/// </summary>
internal sealed class Beneficiary(int index, Options options, HttpClient http, LoadStats stats)
{
    private static readonly string[] NeedIds = ["caf", "health", "job", "family", "taxes", "housing", "safety", "everyday"];
    private static readonly string[] Equipment = ["yes", "no", "unknown"];

    // Seeded per person: the same --seed gives the same think times and answers.
#pragma warning disable CA5394 // not security: a reproducible simulation
    private readonly Random _random = new(unchecked(options.Seed * 7919 + index));

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(_random.NextDouble() * options.RampUp.TotalMilliseconds), stop);
            var check = await SendAsync(HttpMethod.Post, "/api/v1/checks", new { language = "fr", kioskToken = options.KioskToken }, "start");
            if (check is null) return;
            string code = check["code"]!.GetValue<string>();
            stats.Started(code);
            try
            {
                await RunCheckAsync(code, stop);
            }
            finally
            {
                stats.Ended();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the duration cap: counted as unfinished, not as an error
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or TaskCanceledException or NullReferenceException)
        {
            stats.Error($"exception: {e.GetType().Name}: {e.Message}");
        }
    }

    private async Task RunCheckAsync(string code, CancellationToken stop)
    {
        var needs = NeedIds.OrderBy(_ => _random.Next()).Take(1 + _random.Next(3)).ToArray();
        var equipment = new Dictionary<string, string>
        {
            ["smartphone"] = Equipment[_random.Next(3)],
            ["computer"] = Equipment[_random.Next(3)],
            ["internet"] = Equipment[_random.Next(3)],
            ["email"] = Equipment[_random.Next(3)],
        };
        await Task.Delay(Think(), stop);
        var check = await SendAsync(HttpMethod.Post, $"/api/v1/checks/{code}/needs", new { needs, equipment }, "needs");
        if (check is null) return;
        string? expected = check["item"]?["id"]?.GetValue<string>();
        while (expected is not null)
        {
            stop.ThrowIfCancellationRequested();
            var item = await SendAsync(HttpMethod.Get, $"/api/v1/checks/{code}/item", null, "item");
            if (item is null) return;
            string itemId = item["id"]!.GetValue<string>();
            if (itemId != expected)
            {
                stats.Error($"{code}: GET item gave {itemId}, the last answer announced {expected}");
                return;
            }
            await Task.Delay(Think(), stop);
            var body = new { itemId, response = Answer(item), elapsedMilliseconds = (int?)null };
            var reply = await SendAsync(HttpMethod.Post, $"/api/v1/checks/{code}/answers", body, "answer");
            if (reply is null) return;
            stats.Answered(code);
            var next = reply["check"]!;
            expected = next["item"]?["id"]?.GetValue<string>();
            if (expected is null && next["stage"]?.GetValue<string>() != "finished")
            {
                stats.Error($"{code}: no next item but stage {next["stage"]}");
                return;
            }
        }
        if (await SendAsync(HttpMethod.Get, $"/api/v1/checks/{code}/result", null, "result") is not null)
            stats.Completed();
    }

    private TimeSpan Think() => TimeSpan.FromMilliseconds(_random.Next(options.ThinkMinMs, options.ThinkMaxMs + 1));

    /// <summary>« Je ne sais pas », or a random answer among what the question shows.</summary>
    private ResponseBody Answer(JsonNode item)
    {
        var dontKnow = new ResponseBody(true);
        if (_random.NextDouble() < options.DontKnowRate) return dontKnow;
        string[] Ids(string list) => item[list]?.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToArray() ?? [];
        string type = item["type"]!.GetValue<string>();
        switch (type)
        {
            case "single-choice":
                var one = Ids("choices");
                return one.Length == 0 ? dontKnow : new ResponseBody(false, Chosen: [one[_random.Next(one.Length)]]);
            case "multiple-choice":
                var many = Ids("choices").Where(_ => _random.Next(2) == 0).ToArray();
                return many.Length == 0 ? dontKnow : new ResponseBody(false, Chosen: many);
            case "ordering":
                var order = Ids("choices").OrderBy(_ => _random.Next()).ToArray();
                return order.Length == 0 ? dontKnow : new ResponseBody(false, Chosen: order);
            case "yes-no":
                return new ResponseBody(false, Chosen: [_random.Next(2) == 0 ? "yes" : "no"]);
            case "hotspot":
                var regions = Ids("regions");
                return regions.Length == 0 ? dontKnow : new ResponseBody(false, Region: regions[_random.Next(regions.Length)]);
            case "text-entry":
                return new ResponseBody(false, Text: "je crois que c'est ça");
            case "simulation":
                var tappable = item["screen"]?["elements"]?.AsArray()
                    .Where(e => e!["isTappable"]?.GetValue<bool>() == true)
                    .Select(e => e!["id"]!.GetValue<string>()).ToArray() ?? [];
                return tappable.Length == 0 ? dontKnow : new ResponseBody(false, Taps: [tappable[_random.Next(tappable.Length)]]);
            default:
                return dontKnow;
        }
    }
#pragma warning restore CA5394

    /// <summary>One call, timed; a non-2xx answer is an error with its body (null returned).</summary>
    private async Task<JsonNode?> SendAsync(HttpMethod method, string path, object? body, string kind)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null) request.Content = JsonContent.Create(body);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        string text = await response.Content.ReadAsStringAsync();
        watch.Stop();
        stats.Latency(kind, watch.Elapsed.TotalMilliseconds);
        if (!response.IsSuccessStatusCode)
        {
            stats.Error($"{method} {path} → {(int)response.StatusCode}: {text[..Math.Min(300, text.Length)]}");
            return null;
        }
        return JsonNode.Parse(text);
    }
}

/// <summary>The response part of POST …/answers (the API's ResponseDto).</summary>
internal sealed record ResponseBody(bool DontKnow, string[]? Chosen = null, string? Region = null, string? Text = null, string[]? Taps = null);
