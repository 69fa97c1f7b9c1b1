using System.Net;
using System.Text;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Referrals.Interop;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Referrals.Interop;

public sealed class CoopAccompanimentExportTests
{
    [Fact]
    public async Task The_file_has_the_header_and_one_row_per_finished_readable_check_with_its_places()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        var checkId = await PrivacyData.FinishedCheckAsync(world, person.Id);
        // A check the person did not want kept, and one not played yet: neither is an accompaniment to report.
        var refusedId = await PrivacyData.FinishedCheckAsync(world, person.Id);
        await world.InDatabaseAsync(db => db.Checks.Where(c => c.Id == refusedId).ExecuteUpdateAsync(c => c.SetProperty(x => x.ConsentRefused, true)));
        string inviter = await world.InDatabaseAsync(db => db.Users.Select(u => u.Id).FirstAsync());
        await world.Factory.Services.GetRequiredService<CheckService>().InviteAsync(person.Id, inviter);
        await AddReferralAsync(world, checkId, person.Id, world.StructureA.Id, "CCAS de Ville-Démo", "CCAS", position: 2);
        await AddReferralAsync(world, checkId, person.Id, world.StructureA.Id, "Mairie", "MUNI", position: 3, ReferralStatus.Abandoned);
        await AddReferralAsync(world, checkId, person.Id, world.StructureA.Id, "=HYPERLINK(\"http://evil\")", "ML", position: 1);
        await AddReferralAsync(world, refusedId, person.Id, world.StructureA.Id, "Lieu du test refusé", "CS", position: 1);
        var client = await world.SignInAsync(StaffWorld.MediatorA);

        var response = await client.GetAsync(ReferralInteropEndpoints.PathOf(person.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"coop-accompagnements-{person.Pseudonym}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        byte[] bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        string[] lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(string.Join(';', CoopAccompanimentCsv.Header), lines[0]);

        var check = await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.Id == checkId));
        string row = lines[1];
        Assert.StartsWith(CoopAccompanimentMapping.FrenchDate(check.FinishedAt!.Value).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)
            + $";Accompagnement individuel;{person.Pseudonym};;CCAS A;", row, StringComparison.Ordinal);
        // The check's need is "caf": help with procedures, family allowances.
        Assert.Contains(";Diagnostic numérique | Aide aux démarches administratives", row, StringComparison.Ordinal);
        Assert.Contains(";Famille - Scolarité;", row, StringComparison.Ordinal);
        Assert.Matches(";(Avec guidage|Autonome avec guidage en cas de besoin|Autonome);Oui;", row);
        // Places in the sheet's order, the abandoned one left out, the formula neutralised.
        Assert.Contains(";\"'=HYPERLINK(\"\"http://evil\"\") | CCAS de Ville-Démo\";", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Mairie", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Lieu du test refusé", string.Join('\n', lines), StringComparison.Ordinal);
        Assert.Contains(";insertion_professionnelle,aide_sociale;", row, StringComparison.Ordinal);
        Assert.EndsWith(";" + checkId, row, StringComparison.Ordinal);
        Assert.DoesNotContain("Josiane", string.Join('\n', lines), StringComparison.Ordinal);

        var logged = await world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ExportedPerson));
        Assert.Equal(person.Pseudonym, logged.TargetId);
        Assert.Equal(CoopAccompanimentExport.AuditDetail, logged.Detail);
        Assert.Equal(world.StructureA.Id, logged.StructureId);
    }

    [Fact]
    public async Task A_person_without_a_finished_check_gets_the_header_only()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Marcel");
        var client = await world.SignInAsync(StaffWorld.MediatorA);

        string text = await client.GetStringAsync(ReferralInteropEndpoints.PathOf(person.Id));

        Assert.Equal(string.Join(';', CoopAccompanimentCsv.Header), text.TrimStart('\uFEFF').TrimEnd('\r', '\n'));
    }

    [Fact]
    public async Task Another_structure_s_person_is_not_found_and_not_logged()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        await PrivacyData.FinishedCheckAsync(world, person.Id);
        var mediatorB = await world.SignInAsync(StaffWorld.MediatorB);
        var admin = await world.SignInAsync(StaffWorld.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await mediatorB.GetAsync(ReferralInteropEndpoints.PathOf(person.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(ReferralInteropEndpoints.PathOf(person.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mediatorB.GetAsync(ReferralInteropEndpoints.PathOf(Guid.NewGuid()))).StatusCode);
        Assert.False(await world.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ExportedPerson)));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_trainers_are_kept_out()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");

        var response = await world.Anonymous().GetAsync(ReferralInteropEndpoints.PathOf(person.Id));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AccountSetup.LoginPath, response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        var trainer = await world.SignInAsync(StaffWorld.Trainer);
        var refused = await trainer.GetAsync(ReferralInteropEndpoints.PathOf(person.Id));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEqual("text/csv", refused.Content.Headers.ContentType?.MediaType);
    }

    private static Task<int> AddReferralAsync(StaffWorld world, Guid checkId, Guid personId, int structureId, string placeName, string typology,
        int position, ReferralStatus status = ReferralStatus.Proposed) => world.InDatabaseAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var place = new DirectoryPlace { Source = "test", SourceId = Guid.NewGuid().ToString(), Name = placeName, Typologies = typology, FirstImportedAt = now, LastImportedAt = now };
        db.DirectoryPlaces.Add(place);
        await db.SaveChangesAsync();
        string user = await db.Users.Select(u => u.Id).FirstAsync();
        db.Referrals.Add(new Referral
        {
            Id = Guid.NewGuid(),
            CheckId = checkId,
            BeneficiaryId = personId,
            StructureId = structureId,
            PlaceId = place.Id,
            Position = position,
            Status = status,
            CreatedAt = now,
            CreatedById = user,
            StatusAt = now,
        });
        return await db.SaveChangesAsync();
    });
}
