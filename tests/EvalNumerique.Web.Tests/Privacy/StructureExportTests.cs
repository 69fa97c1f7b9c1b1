using System.Net;
using System.Text;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Privacy;

public sealed class StructureExportTests
{
    [Fact]
    public async Task A_mediator_downloads_the_pseudonymous_csv_of_their_structure()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        await PrivacyData.FinishedCheckAsync(world, person.Id);
        await PrivacyData.AddNoteAsync(world, person.Id, "Note confidentielle");
        var client = await world.SignInAsync(StaffWorld.MediatorA);

        var response = await client.GetAsync($"/mediation/exports/{world.StructureA.Id}.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        string[] lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        string[] header = lines[0].Split(';');
        string[] row = lines[1].Split(';');
        Assert.Equal(header.Length, row.Length);
        Assert.Equal(person.Pseudonym, row[0]);
        Assert.Equal("1950", row[Array.IndexOf(header, "decennie_naissance")]);
        Assert.Equal("CCAS A", row[Array.IndexOf(header, "structure")]);
        Assert.Contains("_theta", lines[0], StringComparison.Ordinal);
        Assert.Contains("smartphone=yes", lines[1], StringComparison.Ordinal);
        int questions = int.Parse(row[Array.IndexOf(header, "questions")], System.Globalization.CultureInfo.InvariantCulture);
        int dontKnow = int.Parse(row[Array.IndexOf(header, "je_ne_sais_pas")], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(questions - 3, dontKnow);
        Assert.DoesNotContain("Josiane", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("DOSSIER-42", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("confidentielle", lines[1], StringComparison.Ordinal);

        var audit = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ExportedStructure));
        Assert.Equal(world.StructureA.Id, audit.StructureId);
    }

    [Fact]
    public async Task The_date_range_keeps_only_the_checks_finished_in_it()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        await PrivacyData.FinishedCheckAsync(world, person.Id);
        var client = await world.SignInAsync(StaffWorld.MediatorA);
        string today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        string inRange = await client.GetStringAsync($"/mediation/exports/{world.StructureA.Id}.csv?from={today}&to={today}");
        string before = await client.GetStringAsync($"/mediation/exports/{world.StructureA.Id}.csv?from=2020-01-01&to=2020-12-31");

        Assert.Contains(person.Pseudonym, inRange, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Pseudonym, before, StringComparison.Ordinal);
        Assert.Single(before.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Another_structure_s_csv_is_forbidden_and_nothing_is_logged_as_exported()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = await world.SignInAsync(StaffWorld.MediatorA);

        var response = await client.GetAsync($"/mediation/exports/{world.StructureB.Id}.csv");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await world.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ExportedStructure)));
    }

    [Fact]
    public async Task An_admin_who_is_not_a_member_cannot_export_either()
    {
        await using var world = await StaffWorld.CreateAsync();
        var client = await world.SignInAsync(StaffWorld.Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/mediation/exports/{world.StructureA.Id}.csv")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_trainers_are_refused()
    {
        await using var world = await StaffWorld.CreateAsync();
        string path = $"/mediation/exports/{world.StructureA.Id}.csv";

        var anonymous = await world.Anonymous().GetAsync(path);
        var trainer = await (await world.SignInAsync(StaffWorld.Trainer)).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith(AccountSetup.LoginPath, anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, trainer.StatusCode);
        Assert.Equal("/account/access-denied", trainer.Headers.Location!.AbsolutePath);
    }
}
