using System.Security.Claims;
using System.Text;
using Bunit;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Mediation.Invitations;
using EvalNumerique.Web.Features.Mediation.People;
using EvalNumerique.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Mediation.People;

/// <summary>The pages rendered with bUnit over the real services and database of a <see cref="StaffWorld"/>, signed in as mediator A.</summary>
public sealed class PeoplePagesTests : ComponentTest, IAsyncLifetime
{
    private StaffWorld _world = default!;

    public async Task InitializeAsync()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        _world = await StaffWorld.CreateAsync();
        var services = _world.Factory.Services;
        Context.Services.AddSingleton(services.GetRequiredService<IDbContextFactory<EvalDbContext>>());
        Context.Services.AddSingleton(services.GetRequiredService<PeopleService>());
        Context.Services.AddSingleton(services.GetRequiredService<InvitationService>());
        Context.Services.AddSingleton(services.GetRequiredService<EvalNumerique.Web.Features.Mediation.Results.ResultsService>());
        Context.Services.AddSingleton(services.GetRequiredService<EvalNumerique.Web.Features.Referrals.FollowUp.ReferralFollowUpService>());
        Context.Services.AddScoped<StaffAccess>();
        var user = await _world.InDatabaseAsync(db => db.Users.SingleAsync(u => u.Email == StaffWorld.MediatorA));
        var auth = Context.AddAuthorization();
        auth.SetAuthorized(StaffWorld.MediatorA);
        auth.SetRoles(StaffRoles.Mediator);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, user.Id));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private NavigationManager Navigation => Context.Services.GetRequiredService<NavigationManager>();

    [Fact]
    public async Task The_invitation_page_shows_the_grouped_code_the_full_link_and_its_qr_code()
    {
        var mireille = await _world.CreatePersonAsync(StaffWorld.MediatorA, _world.StructureA.Id, "Mireille");
        var check = await _world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.BeneficiaryId == mireille));
        string link = $"{Navigation.BaseUri}i/{check.InvitationToken}";

        var cut = Context.Render<InvitationPage>(p => p.Add(x => x.CheckId, check.Id));
        cut.WaitForElement(".invitation-sheet");

        Assert.Equal($"{check.ResumeCode[..3]} {check.ResumeCode[3..]}", cut.Find(".invitation-code").TextContent);
        Assert.Equal(link, cut.Find(".invitation-link a").TextContent);
        string qrSource = cut.Find("img.invitation-qr").GetAttribute("src")!;
        Assert.Equal(InvitationQr.For(link).Svg, Encoding.UTF8.GetString(Convert.FromBase64String(qrSource["data:image/svg+xml;base64,".Length..])));
        Assert.Equal($"/i/{check.InvitationToken}", cut.FindAll(".toolbar a").Single(a => a.TextContent.Contains("Commencer ici", StringComparison.Ordinal)).GetAttribute("href"));
        Assert.Contains("Ouvrez l'appareil photo de votre téléphone.", cut.Find(".invitation-steps").TextContent, StringComparison.Ordinal);
        Assert.Contains("Mireille", cut.Find(".invitation-for").TextContent, StringComparison.Ordinal);
        Assert.Null(cut.Find(".invitation-sheet").QuerySelector(".invitation-for")); // the name is not on the printed sheet
    }

    [Fact]
    public async Task The_invitation_of_another_structure_is_not_found_and_tells_nothing_about_it()
    {
        var bruno = await _world.CreatePersonAsync(StaffWorld.MediatorB, _world.StructureB.Id, "Bruno");
        var check = await _world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.BeneficiaryId == bruno));

        var cut = Context.Render<InvitationPage>(p => p.Add(x => x.CheckId, check.Id));
        cut.WaitForElement("h1");

        Assert.Equal("Invitation introuvable", cut.Find("h1").TextContent);
        Assert.DoesNotContain("Bruno", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(check.ResumeCode[..3], cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(check.InvitationToken!, cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(_world.StructureB.Name, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_person_page_creates_the_record_and_opens_its_invitation()
    {
        var cut = Context.Render<NewPersonPage>();
        cut.WaitForElement("#new-person-nickname");

        Assert.Equal(_world.StructureA.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("#new-person-structure").GetAttribute("value"));
        cut.Find("#new-person-nickname").Change("Mireille");
        await cut.Find("form").SubmitAsync();

        var check = await _world.InDatabaseAsync(db => db.Checks.Include(c => c.Beneficiary).SingleAsync());
        Assert.Equal("Mireille", check.Beneficiary!.Nickname);
        Assert.EndsWith($"/mediation/invitations/{check.Id}", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_person_page_shows_the_record_its_checks_and_the_gdpr_links_and_is_audited()
    {
        var mireille = await _world.CreatePersonAsync(StaffWorld.MediatorA, _world.StructureA.Id, "Mireille", 1950, "DOS-42");
        var check = await _world.InDatabaseAsync(db => db.Checks.SingleAsync(c => c.BeneficiaryId == mireille));

        var cut = Context.Render<PersonPage>(p => p.Add(x => x.Id, mireille));
        cut.WaitForElement(".person-facts");

        Assert.StartsWith("Mireille", cut.Find("h1").TextContent, StringComparison.Ordinal);
        string facts = cut.Find(".person-facts").TextContent;
        Assert.Contains("années 1950", facts, StringComparison.Ordinal);
        Assert.Contains("DOS-42", facts, StringComparison.Ordinal);
        Assert.Contains("Pas encore", facts, StringComparison.Ordinal); // no consent yet
        Assert.Contains("En attente", cut.Find(".person-checks").TextContent, StringComparison.Ordinal);
        var hrefs = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/mediation/invitations/{check.Id}", hrefs);
        Assert.Contains($"/mediation/people/{mireille}/summary", hrefs);
        Assert.Contains($"/mediation/people/{mireille}/export", hrefs);
        Assert.Contains($"/mediation/people/{mireille}/erase", hrefs);
        Assert.Equal(1, await _world.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ViewedPerson && e.TargetId == mireille.ToString())));
    }

    [Fact]
    public async Task A_note_added_on_the_person_page_appears_first_with_its_author()
    {
        var mireille = await _world.CreatePersonAsync(StaffWorld.MediatorA, _world.StructureA.Id, "Mireille");
        var cut = Context.Render<PersonPage>(p => p.Add(x => x.Id, mireille));
        cut.WaitForElement("#note-text");

        cut.Find("#note-text").Input("Rendez-vous CAF mardi");
        await cut.Find("form.note-form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Rendez-vous CAF mardi", cut.Find(".note").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("mediator-a, le ", cut.Find(".note-meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_on_the_person_page_saves_and_shows_the_new_values()
    {
        var mireille = await _world.CreatePersonAsync(StaffWorld.MediatorA, _world.StructureA.Id, "Mireille");
        var cut = Context.Render<PersonPage>(p => p.Add(x => x.Id, mireille));
        cut.WaitForElement(".person-facts");

        cut.FindAll("button").Single(b => b.TextContent == "Modifier la fiche").Click();
        cut.Find("#edit-person-nickname").Change("Mimi");
        cut.Find("#edit-person-decade").Change("1940");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.StartsWith("Mimi", cut.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Contains("années 1940", cut.Find(".person-facts").TextContent, StringComparison.Ordinal);
        Assert.Contains("Modifications enregistrées.", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Mimi", (await _world.InDatabaseAsync(db => db.Beneficiaries.SingleAsync(b => b.Id == mireille))).Nickname);
    }

    [Fact]
    public async Task Nouveau_test_creates_a_second_invitation_and_opens_it()
    {
        var mireille = await _world.CreatePersonAsync(StaffWorld.MediatorA, _world.StructureA.Id, "Mireille");
        var cut = Context.Render<PersonPage>(p => p.Add(x => x.Id, mireille));
        cut.WaitForElement(".person-facts");

        await cut.FindAll("button").Single(b => b.TextContent == "Nouveau test").ClickAsync(new());

        var checks = await _world.InDatabaseAsync(db => db.Checks.Where(c => c.BeneficiaryId == mireille).ToListAsync());
        Assert.Equal(2, checks.Count);
        var newest = checks.MaxBy(c => c.CreatedAt)!;
        Assert.EndsWith($"/mediation/invitations/{newest.Id}", Navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_of_a_person_of_another_structure_is_not_found_and_not_audited()
    {
        var bruno = await _world.CreatePersonAsync(StaffWorld.MediatorB, _world.StructureB.Id, "Bruno");

        var cut = Context.Render<PersonPage>(p => p.Add(x => x.Id, bruno));
        cut.WaitForElement("h1");

        Assert.Equal("Fiche introuvable", cut.Find("h1").TextContent);
        Assert.DoesNotContain("Bruno", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(0, await _world.InDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.ViewedPerson)));
    }
}
