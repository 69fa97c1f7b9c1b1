using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.EndToEnd;

/// <summary>Runs checks through the HTTP API of a running server, to prepare what a browser test then looks at.</summary>
internal sealed class ApiDriver(string baseUrl) : IDisposable
{
    private static LoadedBank Bank => RealBank.Loaded;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl) };

    /// <summary>A finished check of a person who knows the first two levels and says "je ne sais pas" above.</summary>
    public async Task<string> FinishedCheckAsync(IReadOnlyList<string> needs, IReadOnlyDictionary<string, string> equipment)
    {
        var start = await _http.PostAsJsonAsync("/api/v1/checks", new { language = "fr" }, Json);
        var check = (await start.Content.ReadFromJsonAsync<CheckDto>(Json))!;
        var reply = await _http.PostAsJsonAsync($"/api/v1/checks/{check.Code}/needs", new NeedsRequest(needs, equipment), Json);
        check = (await reply.Content.ReadFromJsonAsync<CheckDto>(Json))!;
        while (check.Item is { } item)
        {
            var bankItem = Bank.FindItem(item.Id)!;
            var response = bankItem.Level <= 2 ? KeyedResponses.Right(bankItem) : Response.DontKnow;
            var answer = await _http.PostAsJsonAsync($"/api/v1/checks/{check.Code}/answers",
                new AnswerRequest(item.Id, KeyedResponses.Dto(response), null), Json);
            answer.EnsureSuccessStatusCode();
            check = (await answer.Content.ReadFromJsonAsync<AnswerDto>(Json))!.Check;
        }
        return check.Code;
    }

    public void Dispose() => _http.Dispose();
}
