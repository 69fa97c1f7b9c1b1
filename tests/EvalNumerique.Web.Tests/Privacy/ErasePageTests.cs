using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Privacy;

public sealed class ErasePageTests : ComponentTest
{
    /// <summary>The page on the real services of <paramref name="world"/>, signed in as <paramref name="email"/>.</summary>
    private async Task<IRenderedComponent<ErasePage>> RenderAsync(StaffWorld world, string email, Guid personId)
    {
        var scope = await world.ScopeOfAsync(email);
        Context.AddAuthorization().SetAuthorized(email).SetClaims(new Claim(ClaimTypes.NameIdentifier, scope.UserId));
        Context.Services.AddSingleton(world.Factory.Services.GetRequiredService<IDbContextFactory<EvalDbContext>>());
        Context.Services.AddSingleton(world.Factory.Services.GetRequiredService<PersonErasure>());
        Context.Services.AddScoped<StaffAccess>();
        var cut = Context.Render<ErasePage>(p => p.Add(x => x.Id, personId));
        cut.WaitForAssertion(() => Assert.DoesNotContain("Chargement", cut.Markup, StringComparison.Ordinal));
        return cut;
    }

    [Fact]
    public async Task The_page_says_what_goes_and_erases_only_once_the_nickname_is_typed()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");
        await PrivacyData.AddNoteAsync(world, person.Id, "Vient le mardi.");
        var cut = await RenderAsync(world, StaffWorld.MediatorA, person.Id);

        Assert.Contains("les notes de suivi\u00a0: 1", cut.Markup, StringComparison.Ordinal);
        Assert.Contains(person.Pseudonym, cut.Find(".erase-card").TextContent, StringComparison.Ordinal);

        cut.Find("#erase-confirm").Input("Josie");
        cut.Find("form").Submit();
        cut.WaitForAssertion(() => Assert.Contains("Rien n'a été effacé", cut.Find("#erase-message").TextContent, StringComparison.Ordinal));
        Assert.True(await world.InDatabaseAsync(db => db.Beneficiaries.AnyAsync(b => b.Id == person.Id)));

        cut.Find("#erase-confirm").Input("Josiane");
        cut.Find("form").Submit();
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith($"/mediation/people?erased={person.Pseudonym}", navigation.Uri, StringComparison.Ordinal));
        Assert.False(await world.InDatabaseAsync(db => db.Beneficiaries.AnyAsync(b => b.Id == person.Id)));
    }

    [Fact]
    public async Task Another_structure_s_person_is_not_shown()
    {
        await using var world = await StaffWorld.CreateAsync();
        var person = await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");

        var cut = await RenderAsync(world, StaffWorld.MediatorB, person.Id);

        Assert.Empty(cut.FindAll("form"));
        Assert.DoesNotContain("Josiane", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("n'est pas suivie par une de vos structures", cut.Markup, StringComparison.Ordinal);
    }
}
