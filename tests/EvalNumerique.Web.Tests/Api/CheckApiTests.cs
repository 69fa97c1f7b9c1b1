using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Scoring;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Api;

public sealed class CheckApiTests : IDisposable
{
    private static LoadedBank Bank => RealBank.Loaded;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
    private readonly string _database = EvalWebFactory.NewDatabasePath();

    public void Dispose()
    {
        foreach (string file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_database) + "*")) File.Delete(file);
    }

    private static async Task<CheckDto> Start(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/checks", new { language = "fr" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CheckDto>(Json))!;
    }

    private static async Task<AnswerDto> Answer(HttpClient client, string code, string itemId, Response response)
    {
        var reply = await client.PostAsJsonAsync($"/api/v1/checks/{code}/answers",
            new AnswerRequest(itemId, KeyedResponses.Dto(response), 1200), Json);
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        return (await reply.Content.ReadFromJsonAsync<AnswerDto>(Json))!;
    }

    [Fact]
    public async Task A_whole_check_runs_through_the_api_and_ends_with_a_result()
    {
        using var factory = new EvalWebFactory(_database);
        using var client = factory.CreateClient();
        var check = await Start(client);
        Assert.Equal("practice", check.Stage);
        Assert.Matches("^[A-Z2-9]{6}$", check.Code);

        var needs = await client.PostAsJsonAsync($"/api/v1/checks/{check.Code}/needs",
            new NeedsRequest(["caf", "family"], new Dictionary<string, string> { ["smartphone"] = "yes", ["computer"] = "no" }), Json);
        check = (await needs.Content.ReadFromJsonAsync<CheckDto>(Json))!;
        Assert.Equal("questions", check.Stage);

        int answered = 0, knownRight = 0;
        while (check.Item is { } item)
        {
            // A person who knows the easier half: right on levels 1–2, "je ne sais pas" above.
            var bankItem = Bank.FindItem(item.Id)!;
            var outcome = await Answer(client, check.Code, item.Id, bankItem.Level <= 2 ? KeyedResponses.Right(bankItem) : Response.DontKnow);
            if (bankItem.Level <= 2) knownRight++;
            check = outcome.Check;
            answered++;
            Assert.Equal(answered, check.Answered);
        }
        Assert.Equal("finished", check.Stage);
        Assert.InRange(answered, CheckSettings.MinLength, CheckSettings.MaxLength);
        // The right answers given through the API are scored right in the database (never told to the client).
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>().CreateDbContextAsync())
            Assert.Equal(knownRight, await db.CheckAnswers.CountAsync(a => a.Score == 1));

        var result = await client.GetFromJsonAsync<CheckResult>($"/api/v1/checks/{check.Code}/result", Json);
        Assert.NotNull(result);
        Assert.Equal(5, result.Domains.Count);
        Assert.All(result.Domains, d => Assert.InRange(d.Level, 1, 4));
        Assert.InRange(result.Pathway.Count, 1, 3);
        Assert.Equal("equipment", result.Pathway[0].Type); // no computer: equipment help comes first
    }

    [Fact]
    public async Task The_item_sent_to_a_front_end_never_contains_its_answer_key()
    {
        using var factory = new EvalWebFactory(_database);
        using var client = factory.CreateClient();
        var check = await Start(client);
        var item = await client.GetStringAsync($"/api/v1/checks/{check.Code}/item");
        using var document = JsonDocument.Parse(item);
        Assert.False(document.RootElement.TryGetProperty("answer", out _));
        Assert.False(document.RootElement.TryGetProperty("feedback", out _));
        Assert.DoesNotContain("\"accept\":", item, StringComparison.Ordinal); // a text answer key

        var reply = await client.PostAsJsonAsync($"/api/v1/checks/{check.Code}/answers",
            new AnswerRequest(document.RootElement.GetProperty("id").GetString(), new ResponseDto(true, null, null, null, null, null), null), Json);
        string answer = await reply.Content.ReadAsStringAsync();
        Assert.DoesNotContain("correct", answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("feedback", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_replayed_answer_gets_409_and_changes_nothing()
    {
        using var factory = new EvalWebFactory(_database);
        using var client = factory.CreateClient();
        var check = await Start(client);
        var item = (await client.GetFromJsonAsync<ItemDto>($"/api/v1/checks/{check.Code}/item", Json))!;
        await Answer(client, check.Code, item.Id, Response.DontKnow);

        var replay = await client.PostAsJsonAsync($"/api/v1/checks/{check.Code}/answers",
            new AnswerRequest(item.Id, new ResponseDto(true, null, null, null, null, null), null), Json);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal("application/problem+json", replay.Content.Headers.ContentType?.MediaType);
        var after = (await client.GetFromJsonAsync<CheckDto>($"/api/v1/checks/{check.Code}", Json))!;
        Assert.Equal(1, after.Answered);
    }

    [Theory]
    [InlineData("/api/v1/checks/NOPE99", "GET", null, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/checks/{code}/answers", "POST", "{not json", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/checks/{code}/answers", "POST", "{}", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/checks/{code}/answers", "POST", "{\"itemId\": \"device-touch-001\", \"response\": {\"dontKnow\": true}}", HttpStatusCode.Conflict)]
    [InlineData("/api/v1/checks/{code}/needs", "POST", "{\"needs\": [\"<script>\"]}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/checks/{code}/needs", "POST", "{\"equipment\": {\"smartphone\": \"maybe\"}}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/checks/{code}/result", "GET", null, HttpStatusCode.Conflict)]
    [InlineData("/api/v1/checks/{code}/answers", "POST", "{\"itemId\": \"{item}\", \"response\": {\"chosen\": [\"zzz\"], \"taps\": [\"nope\"], \"region\": \"nowhere\"}}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("/api/v1/checks/{code}/answers", "POST", "{\"itemId\": \"{item}\", \"response\": {}}", HttpStatusCode.UnprocessableEntity)]
    public async Task Malformed_or_forged_requests_get_a_clear_4xx_problem(string path, string method, string? body, HttpStatusCode expected)
    {
        using var factory = new EvalWebFactory(_database);
        using var client = factory.CreateClient();
        var check = await Start(client);
        var current = (await client.GetFromJsonAsync<ItemDto>($"/api/v1/checks/{check.Code}/item", Json))!;
        if (path.EndsWith("/result", StringComparison.Ordinal) || path.EndsWith("/needs", StringComparison.Ordinal))
            check = await Start(client); // these cases want a check still at its start
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{code}", check.Code, StringComparison.Ordinal));
        if (body is not null) request.Content = new StringContent(body.Replace("{item}", current.Id, StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");
        var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_check_resumes_at_the_same_item_with_the_same_estimate_after_a_restart()
    {
        string code;
        string itemBefore;
        int answeredBefore;
        using (var before = new EvalWebFactory(_database))
        {
            using var client = before.CreateClient();
            var check = await Start(client);
            code = check.Code;
            for (int i = 0; i < 4; i++)
            {
                var item = (await client.GetFromJsonAsync<ItemDto>($"/api/v1/checks/{code}/item", Json))!;
                await Answer(client, code, item.Id, i % 2 == 0 ? KeyedResponses.Right(Bank.FindItem(item.Id)!) : Response.DontKnow);
            }
            var state = (await client.GetFromJsonAsync<CheckDto>($"/api/v1/checks/{code}", Json))!;
            itemBefore = state.Item!.Id;
            answeredBefore = state.Answered;
        }

        using var after = new EvalWebFactory(_database); // a new process on the same database
        using var client2 = after.CreateClient();
        var resumed = (await client2.GetFromJsonAsync<CheckDto>($"/api/v1/checks/{code.ToLowerInvariant()}", Json))!;
        Assert.Equal(itemBefore, resumed.Item!.Id);
        Assert.Equal(answeredBefore, resumed.Answered);
        var next = await Answer(client2, code, itemBefore, Response.DontKnow);
        Assert.Equal(answeredBefore + 1, next.Check.Answered);
    }

    [Theory]
    [InlineData("/bank/items/safety/passwords/safety-passwords-003.md")]
    [InlineData("/bank/FORMAT.md")]
    [InlineData("/bank/framework.yaml")]
    [InlineData("/bank/EvalNumerique.ItemBank/EvalNumerique.ItemBank.csproj")]
    public async Task Item_files_and_anything_but_pictures_are_never_served(string path)
    {
        using var factory = new EvalWebFactory(_database);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Item_pictures_are_served_as_images_in_a_sandbox()
    {
        using var factory = new EvalWebFactory(_database);
        using var client = factory.CreateClient();
        var svg = Directory.GetFiles(Path.Combine(RepositoryPaths.Itembank, "items"), "*.svg", SearchOption.AllDirectories)[0];
        string url = "/bank/" + Path.GetRelativePath(RepositoryPaths.Itembank, svg).Replace('\\', '/');
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    public async Task The_language_link_never_sends_a_person_to_another_site(string redirect)
    {
        using var factory = new EvalWebFactory(_database);
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync($"/language?lang=en&redirect={Uri.EscapeDataString(redirect)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_check_whose_question_left_the_bank_moves_on_instead_of_sticking()
    {
        string copy = Path.Combine(Path.GetTempPath(), $"evalnum-bank-{Guid.NewGuid():N}");
        try
        {
            foreach (string dir in Directory.GetDirectories(RepositoryPaths.Itembank, "*", SearchOption.AllDirectories))
                Directory.CreateDirectory(dir.Replace(RepositoryPaths.Itembank, copy, StringComparison.Ordinal));
            foreach (string source in Directory.GetFiles(RepositoryPaths.Itembank, "*", SearchOption.AllDirectories))
                File.Copy(source, source.Replace(RepositoryPaths.Itembank, copy, StringComparison.Ordinal));

            string code, withdrawn;
            using (var before = new EvalWebFactory(_database, copy))
            {
                using var client = before.CreateClient();
                code = (await Start(client)).Code;
                withdrawn = (await client.GetFromJsonAsync<ItemDto>($"/api/v1/checks/{code}/item", Json))!.Id;
            }
            // A trainer withdraws the item on screen; the server restarts on the changed bank.
            string file = Directory.GetFiles(copy, withdrawn + ".md", SearchOption.AllDirectories).Single();
            File.WriteAllText(file, File.ReadAllText(file).Replace("status: live", "status: retired", StringComparison.Ordinal));

            using var after = new EvalWebFactory(_database, copy);
            using var client2 = after.CreateClient();
            var old = await client2.PostAsJsonAsync($"/api/v1/checks/{code}/answers",
                new AnswerRequest(withdrawn, new ResponseDto(true, null, null, null, null, null), null), Json);
            Assert.Equal(HttpStatusCode.Conflict, old.StatusCode);
            var state = (await client2.GetFromJsonAsync<CheckDto>($"/api/v1/checks/{code}", Json))!;
            Assert.NotNull(state.Item);
            Assert.NotEqual(withdrawn, state.Item.Id);
            await Answer(client2, code, state.Item.Id, Response.DontKnow);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}
