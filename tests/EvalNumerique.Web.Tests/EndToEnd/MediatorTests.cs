using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EvalNumerique.Web.Tests.EndToEnd;

/// <summary>
/// The desk and the person, in two browsers: a mediator signs in, creates a person's record and
/// its invitation; the person opens the link on a phone, says yes to keeping the answers and takes
/// the check; the mediator's dashboard follows every answer live (no reload) and then opens the
/// result. Every mediator page passes axe.
/// </summary>
public sealed partial class MediatorTests
{
    private const string Mediator = "mediatrice@demo.evalnumerique.test";
    private const string DemoPassword = "Demo-Mediation-2026";

    [Fact]
    public async Task A_mediator_invites_a_person_follows_the_check_live_and_reads_the_result()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var desk = await browser.NewPageAsync(phone: false);

        // The desk: sign in, new person, invitation.
        await SignInAsync(desk, server.BaseUrl, Mediator);
        await desk.GotoAsync(server.BaseUrl + "/mediation/people/new");
        await desk.Locator("#new-person-nickname").FillAsync("Odette");
        await Accessibility.AssertNoSeriousViolationsAsync(desk, "new person");
        await desk.Locator(".person-form button[type=submit]").ClickAsync();
        await desk.WaitForURLAsync(url => url.Contains("/mediation/invitations/", StringComparison.Ordinal));
        string checkId = desk.Url[(desk.Url.LastIndexOf('/') + 1)..];
        await desk.Locator(".invitation-code").WaitForAsync();
        string link = (await desk.Locator(".invitation-link a").GetAttributeAsync("href"))!;
        Assert.Matches(InvitationLink(), link);
        Assert.StartsWith("data:image/svg+xml", await desk.Locator("img.invitation-qr").GetAttributeAsync("src"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(desk, "invitation");
        await Screenshots.TakeAsync(desk, "mediator-invitation");

        // The desk watches the live dashboard.
        await desk.GotoAsync(server.BaseUrl + "/mediation");
        await desk.Locator(".follow-connection.live").WaitForAsync();
        var row = desk.Locator($"tr[data-check='{checkId}']");
        await row.WaitForAsync();
        Assert.Contains("Odette", await row.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(desk, "live follow-up");

        // The person, on a phone: the link, the consent question, the how-to, the needs.
        var phone = await browser.NewPageAsync(phone: true);
        await phone.GotoAsync(link);
        await phone.Locator("section.consent").WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(phone, "consent");
        await Screenshots.TakeAsync(phone, "phone-consent");
        await phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Oui, je suis d'accord" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Le soleil" }).ClickAsync();
        await phone.Locator("button.validate").ClickAsync();
        await phone.GetByText("Bravo").WaitForAsync();
        await phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Continuer" }).ClickAsync();
        // The needs step must be on screen before its own "Continuer" (the how-to had one too).
        await phone.Locator(".equipment-question").First.WaitForAsync();
        await phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Continuer" }).ClickAsync();

        // Each answer on the phone shows on the desk without a reload.
        int answered = 0;
        while (!phone.Url.Contains("/result", StringComparison.Ordinal))
        {
            var item = phone.Locator("[data-item]").First;
            await item.WaitForAsync();
            string itemId = (await item.GetAttributeAsync("data-item"))!;
            await phone.Locator("button.dont-know").ClickAsync();
            answered++;
            await phone.WaitForFunctionAsync(
                "prev => location.pathname.endsWith('/result') || (document.querySelector('[data-item]') && document.querySelector('[data-item]').dataset.item !== prev)", itemId);
            if (answered is 1 or 2)
            {
                string expected = answered == 1 ? "1 réponse" : "2 réponses";
                await Assertions.Expect(row.Locator(".status")).ToContainTextAsync(expected, new LocatorAssertionsToContainTextOptions { Timeout = 15000 });
                if (answered == 1) await Screenshots.TakeAsync(desk, "mediator-live");
            }
        }
        await Assertions.Expect(row.Locator(".status .badge.done")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 15000 });

        // The result for the professional.
        await row.Locator(".status a").ClickAsync();
        await desk.WaitForURLAsync(url => url.Contains($"/mediation/checks/{checkId}", StringComparison.Ordinal));
        await desk.GetByText("Odette").First.WaitForAsync();
        await desk.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(desk, "professional result");
        await Screenshots.TakeAsync(desk, "mediator-result");

        // The person's page: the check, its record, consent given.
        await desk.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Odette" }).First.ClickAsync();
        await desk.WaitForURLAsync(url => url.Contains("/mediation/people/", StringComparison.Ordinal));
        await desk.Locator("h1").First.WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(desk, "person");
        await Screenshots.TakeAsync(desk, "mediator-person");
    }

    [Fact]
    public async Task The_people_list_and_the_sign_in_page_pass_axe_and_a_wrong_password_is_met_kindly()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(phone: false);
        await page.GotoAsync(server.BaseUrl + "/mediation/people");
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await Accessibility.AssertNoSeriousViolationsAsync(page, "sign-in");
        await page.Locator("#login-email").FillAsync(Mediator);
        await page.Locator("#login-password").FillAsync("not the password");
        await page.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".form-message")).ToContainTextAsync("ne correspond pas");

        await SignInAsync(page, server.BaseUrl, Mediator);
        await page.GotoAsync(server.BaseUrl + "/mediation/people");
        await page.Locator("h1").First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "people");
        await Screenshots.TakeAsync(page, "mediator-people");
    }

    private static async Task SignInAsync(IPage page, string baseUrl, string email)
    {
        await page.GotoAsync(baseUrl + "/account/login");
        await page.Locator("#login-email").FillAsync(email);
        await page.Locator("#login-password").FillAsync(DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/staff", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+/i/[A-Za-z0-9_-]{22}$")]
    private static partial Regex InvitationLink();
}
