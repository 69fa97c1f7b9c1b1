using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvalNumerique.Web.Features.Check;
using EvalNumerique.Web.Features.Kiosk;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Kiosk;

public sealed class KioskModeTests
{
    [Fact]
    public async Task A_kiosk_token_names_its_structure_and_a_forged_one_names_none()
    {
        await using var world = await StaffWorld.CreateAsync();
        var kiosk = world.Factory.Services.GetRequiredService<KioskMode>();
        string token = kiosk.TokenFor(world.StructureA.Id);
        Assert.Equal(world.StructureA.Id, kiosk.StructureOf(token));
        Assert.DoesNotContain(world.StructureA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"", token, StringComparison.Ordinal);
        Assert.Null(kiosk.StructureOf(null));
        Assert.Null(kiosk.StructureOf(""));
        Assert.Null(kiosk.StructureOf(world.StructureB.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Null(kiosk.StructureOf(token[..^2] + (token[^2] == 'x' ? "yy" : "xx")));
        Assert.Null(kiosk.StructureOf(new string('a', 5000)));
    }

    [Fact]
    public async Task A_check_started_at_a_kiosk_belongs_to_its_structure_and_is_marked_as_such()
    {
        await using var world = await StaffWorld.CreateAsync();
        var checks = world.Factory.Services.GetRequiredService<CheckService>();
        var state = await checks.StartAsync("fr", world.StructureA.Id, kiosk: true);
        var check = await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.Id == state.Id));
        Assert.True(check.IsKiosk);
        Assert.Equal(world.StructureA.Id, check.StructureId);
        Assert.Null(check.BeneficiaryId);
    }

    [Fact]
    public async Task A_kiosk_front_end_gets_its_token_from_a_member_and_starts_checks_of_that_structure_through_the_api()
    {
        await using var world = await StaffWorld.CreateAsync();
        var anonymous = world.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/kiosk-tokens", new { structureId = world.StructureA.Id })).StatusCode);
        var mediator = await world.SignInAsync(StaffWorld.MediatorA);
        Assert.Equal(HttpStatusCode.Forbidden, (await mediator.PostAsJsonAsync("/api/v1/kiosk-tokens", new { structureId = world.StructureB.Id })).StatusCode);
        var trainer = await world.SignInAsync(StaffWorld.Trainer);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostAsJsonAsync("/api/v1/kiosk-tokens", new { structureId = world.StructureA.Id })).StatusCode);

        var reply = await mediator.PostAsJsonAsync("/api/v1/kiosk-tokens", new { structureId = world.StructureA.Id });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var token = (await reply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

        var started = await anonymous.PostAsJsonAsync("/api/v1/checks", new { language = "fr", kioskToken = token });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var check = await world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.Id == id));
        Assert.Equal(world.StructureA.Id, check.StructureId);
        Assert.True(check.IsKiosk);

        var forged = await anonymous.PostAsJsonAsync("/api/v1/checks", new { language = "fr", kioskToken = token + "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.StatusCode);
        Assert.Equal(1, await world.InDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == EvalNumerique.Web.Features.Accounts.AuditActions.CreatedKioskToken)));
    }
}
