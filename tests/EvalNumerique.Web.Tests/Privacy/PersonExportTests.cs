using System.Net;
using System.Text.Json;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Privacy;

public sealed class PersonExportTests
{
    [Fact]
    public async Task The_person_s_file_holds_record_consent_every_answer_results_notes_and_audit()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        var checkId = await PrivacyData.FinishedCheckAsync(world, person.Id);
        await PrivacyData.AddNoteAsync(world, person.Id, "Vient le mardi.");
        var other = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Marcel");
        await world.InDatabaseAsync(db =>
        {
            db.AuditEntries.Add(new Data.AuditEntry { At = DateTimeOffset.UtcNow, UserName = "Awa", Action = AuditActions.ViewedPerson, TargetKind = "beneficiary", TargetId = person.Id.ToString() });
            db.AuditEntries.Add(new Data.AuditEntry { At = DateTimeOffset.UtcNow, UserName = "Awa", Action = AuditActions.ViewedResult, TargetKind = "check", TargetId = checkId.ToString() });
            db.AuditEntries.Add(new Data.AuditEntry { At = DateTimeOffset.UtcNow, UserName = "Awa", Action = AuditActions.ViewedPerson, TargetKind = "beneficiary", TargetId = other.Id.ToString() });
            return db.SaveChangesAsync();
        });
        var client = await world.SignInAsync(StaffWorld.MediatorA);

        var response = await client.GetAsync($"/mediation/people/{person.Id}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        using var file = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = file.RootElement;
        Assert.Equal(person.Pseudonym, root.GetProperty("pseudonym").GetString());
        Assert.Equal("Josiane", root.GetProperty("record").GetProperty("nickname").GetString());
        Assert.Equal("DOSSIER-42", root.GetProperty("record").GetProperty("localReference").GetString());
        Assert.Equal("test-1", root.GetProperty("consent").GetProperty("textVersion").GetString());
        var check = Assert.Single(root.GetProperty("checks").EnumerateArray());
        Assert.Equal(checkId, check.GetProperty("id").GetGuid());
        int storedAnswers = await world.InDatabaseAsync(db => db.CheckAnswers.CountAsync(a => a.CheckId == checkId));
        var answers = check.GetProperty("answers").EnumerateArray().ToList();
        Assert.Equal(storedAnswers, answers.Count);
        Assert.All(answers, a =>
        {
            Assert.False(string.IsNullOrEmpty(a.GetProperty("itemId").GetString()));
            Assert.Equal(JsonValueKind.Object, a.GetProperty("response").ValueKind);
            Assert.Equal(3000, a.GetProperty("elapsedMilliseconds").GetInt32());
        });
        Assert.True(check.GetProperty("answers")[3].GetProperty("dontKnow").GetBoolean());
        Assert.Equal("yes", check.GetProperty("equipment").GetProperty("smartphone").GetString());
        var result = check.GetProperty("result");
        Assert.InRange(result.GetProperty("level").GetInt32(), 1, 4);
        Assert.NotEmpty(result.GetProperty("domains").EnumerateArray());
        Assert.Equal("Vient le mardi.", Assert.Single(root.GetProperty("notes").EnumerateArray()).GetProperty("text").GetString());
        var audit = root.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("targetId").GetString()).ToList();
        Assert.Equal([person.Id.ToString(), checkId.ToString()], audit);

        var logged = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ExportedPerson));
        Assert.Equal(person.Pseudonym, logged.TargetId);
    }

    [Fact]
    public async Task Another_structure_s_person_is_not_found_and_not_logged()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        var mediatorB = await world.SignInAsync(StaffWorld.MediatorB);
        var admin = await world.SignInAsync(StaffWorld.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await mediatorB.GetAsync($"/mediation/people/{person.Id}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/mediation/people/{person.Id}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mediatorB.GetAsync($"/mediation/people/{Guid.NewGuid()}/export")).StatusCode);
        Assert.False(await world.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ExportedPerson)));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in()
    {
        await using var world = await StaffWorld.CreateAsync();
        var response = await world.Anonymous().GetAsync($"/mediation/people/{Guid.NewGuid()}/export");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AccountSetup.LoginPath, response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
