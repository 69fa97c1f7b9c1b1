using System.Security.Claims;
using Bunit;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Admin;
using EvalNumerique.Web.Features.Privacy;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Admin;

/// <summary>The structures, audit and exports pages on the real services of a <see cref="StaffWorld"/>.</summary>
public sealed class AdminPagesRenderTests : ComponentTest
{
    private async Task SignInAsync(StaffWorld world, string email)
    {
        var scope = await world.ScopeOfAsync(email);
        Context.AddAuthorization().SetAuthorized(email).SetClaims(new Claim(ClaimTypes.NameIdentifier, scope.UserId));
        var services = world.Factory.Services;
        Context.Services.AddSingleton(services.GetRequiredService<IDbContextFactory<EvalDbContext>>());
        Context.Services.AddSingleton(services.GetRequiredService<StructureAdmin>());
        Context.Services.AddSingleton(services.GetRequiredService<AuditLogReader>());
        Context.Services.AddSingleton(services.GetRequiredService<StructureExport>());
        Context.Services.AddScoped<StaffAccess>();
    }

    [Fact]
    public async Task An_admin_creates_a_structure_from_the_list_and_finds_it_by_search()
    {
        await using var world = await StaffWorld.CreateAsync();
        await SignInAsync(world, StaffWorld.Admin);
        var cut = Context.Render<StructuresPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));

        cut.FindAll("button").First(b => b.TextContent == "Nouvelle structure").Click();
        cut.Find("#structure-name").Change("EPN des Lilas");
        cut.Find("#structure-retention").Change("3");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("entre 6 et 120 mois", cut.Find("p[role=alert]").TextContent, StringComparison.Ordinal));

        cut.Find("#structure-retention").Change("12");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("tbody tr").Count));
        cut.Find("input[type=search]").Input("lilas");
        var row = Assert.Single(cut.FindAll("tbody tr"));
        Assert.Contains("EPN des Lilas", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_a_structure_that_follows_people_is_explained_not_done()
    {
        await using var world = await StaffWorld.CreateAsync();
        await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        await SignInAsync(world, StaffWorld.Admin);
        var cut = Context.Render<StructuresPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));

        var rowA = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("CCAS A", StringComparison.Ordinal));
        rowA.QuerySelectorAll("button").Single(b => b.TextContent == "Supprimer").Click();

        Assert.Contains("suit encore 1 personne", cut.Find("p.form-message").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent == "Confirmer la suppression");
    }

    [Fact]
    public async Task The_audit_page_lists_filters_and_links_its_csv()
    {
        await using var world = await StaffWorld.CreateAsync();
        await world.InDatabaseAsync(db =>
        {
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "Awa", Action = AuditActions.ExportedStructure, StructureId = world.StructureA.Id });
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, UserName = "Karim", Action = AuditActions.ViewedPerson, StructureId = world.StructureB.Id });
            return db.SaveChangesAsync();
        });
        await SignInAsync(world, StaffWorld.Admin);
        var cut = Context.Render<AuditLogPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        Assert.Contains("Export d'une structure", cut.Markup, StringComparison.Ordinal);

        cut.Find("select").Change(AuditActions.ExportedStructure);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Contains("CCAS A", cut.Find("tbody tr").TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/audit.csv?action=exported-structure", cut.Find("a[download]").GetAttribute("href"));
    }

    [Fact]
    public async Task The_exports_page_offers_only_the_mediator_s_structures_and_builds_the_link()
    {
        await using var world = await StaffWorld.CreateAsync();
        await SignInAsync(world, StaffWorld.MediatorA);
        var cut = Context.Render<ExportsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("option")));

        Assert.Equal(["CCAS A"], cut.FindAll("option").Select(o => o.TextContent));
        cut.Find("#export-from").Change("2026-01-01");
        cut.Find("#export-to").Change("2026-03-31");

        Assert.Equal($"/mediation/exports/{world.StructureA.Id}.csv?from=2026-01-01&to=2026-03-31", cut.Find("a[download]").GetAttribute("href"));
    }
}
