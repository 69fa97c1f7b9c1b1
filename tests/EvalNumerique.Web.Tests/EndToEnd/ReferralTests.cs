using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EvalNumerique.Web.Tests.EndToEnd;

/// <summary>
/// From a finished check to a printed referral sheet and its follow-up, in a real browser on the
/// demo town: the mediator says what the check cannot know, puts a suggested place on the sheet,
/// prints it (A4 PDF, print styles), sets an appointment in the follow-up list; the person opens
/// the same sheet on a phone from their result page. Every page passes axe.
/// </summary>
public sealed partial class ReferralTests
{
    private const string Mediator = "mediatrice@demo.evalnumerique.test";
    private const string DemoPassword = "Demo-Mediation-2026";

    [Fact]
    public async Task A_mediator_orients_a_person_prints_the_sheet_follows_it_up_and_the_person_reads_it_on_a_phone()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var desk = await browser.NewPageAsync(phone: false);
        await SignInAsync(desk, server.BaseUrl);

        // Lucien (démo) has a finished check and no referral yet.
        await desk.GotoAsync(server.BaseUrl + "/mediation/people");
        await desk.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Lucien (démo)" }).ClickAsync();
        await desk.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Orienter" }).First.ClickAsync();
        await desk.WaitForURLAsync(url => url.EndsWith("/orientation", StringComparison.Ordinal));
        await desk.Locator(".suggestion").First.WaitForAsync();
        await desk.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(desk, "orientation");

        // What the check cannot know: he reads with difficulty. The place that declares that care is suggested, with its reason.
        await desk.GetByLabel("Lit ou écrit difficilement").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Mettre à jour les propositions" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".form-message")).ToContainTextAsync("C'est enregistré");
        var first = desk.Locator(".suggestion", new PageLocatorOptions { HasText = "lisent difficilement" }).First;
        await first.WaitForAsync();
        string placeName = (await first.Locator(".place-name").InnerTextAsync()).Split('(')[0].Trim();
        await Screenshots.TakeAsync(desk, "mediator-orientation");

        await first.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Mettre sur la fiche" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".chosen-place")).ToHaveCountAsync(1);
        await Assertions.Expect(desk.Locator(".chosen-place")).ToContainTextAsync(placeName);
        string hint = await desk.Locator("#chosen-title ~ p.field-hint").Last.InnerTextAsync();
        string code = CheckCode().Match(hint).Value;
        Assert.Equal(6, code.Length);

        // The sheet, printed: the staff bar and buttons disappear; an A4 PDF of one or two pages.
        await desk.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Voir et imprimer la fiche" }).ClickAsync();
        await desk.Locator(".referral-sheet").WaitForAsync();
        await Assertions.Expect(desk.Locator(".sheet-place")).ToContainTextAsync(placeName);
        await Assertions.Expect(desk.Locator(".sheet-bring")).ToContainTextAsync("Votre carte d'identité");
        await Assertions.Expect(desk.Locator(".sheet-hours").First).ToContainTextAsync("Ouvert");
        await Accessibility.AssertNoSeriousViolationsAsync(desk, "staff sheet");
        await desk.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await desk.Locator(".staff-bar").IsVisibleAsync());
        Assert.True(await desk.Locator(".referral-sheet").IsVisibleAsync());
        byte[] pdf = await desk.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        string pdfText = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF", pdfText, StringComparison.Ordinal);
        int pages = PdfPage().Count(pdfText);
        Assert.InRange(pages, 1, 2);
        await desk.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await Screenshots.TakeAsync(desk, "mediator-sheet");

        // Follow-up: an appointment is made.
        await desk.GotoAsync(server.BaseUrl + "/mediation/referrals");
        var row = desk.Locator("tr", new PageLocatorOptions { HasText = "Lucien (démo)" }).First;
        await row.WaitForAsync();
        await row.Locator("select").SelectOptionAsync("AppointmentMade");
        await row.Locator("input[type=datetime-local]").FillAsync("2030-01-15T09:30");
        await row.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Enregistrer" }).ClickAsync();
        await Assertions.Expect(desk.Locator(".form-message")).ToContainTextAsync("C'est fait");
        row = desk.Locator("tr", new PageLocatorOptions { HasText = "Lucien (démo)" }).First;
        await Assertions.Expect(row).ToContainTextAsync("RDV pris");
        await Assertions.Expect(row).ToContainTextAsync("15/01/2030");
        await desk.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(desk, "referral follow-up");
        await Screenshots.TakeAsync(desk, "mediator-referrals");

        // The person, on a phone: the result page lists the place and opens the sheet, with the appointment.
        var phone = await browser.NewPageAsync(phone: true);
        await phone.GotoAsync($"{server.BaseUrl}/check/{code}/result");
        await Assertions.Expect(phone.Locator(".result-places")).ToContainTextAsync(placeName);
        await phone.GetByRole(AriaRole.Link, new PageGetByRoleOptions { NameRegex = SheetLink() }).ClickAsync();
        await phone.Locator(".referral-sheet").WaitForAsync();
        await Assertions.Expect(phone.Locator(".sheet-appointment")).ToContainTextAsync("15 janvier");
        await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(phone, "person's sheet");
        await Screenshots.TakeAsync(phone, "phone-referral-sheet");
    }

    private static async Task SignInAsync(IPage page, string baseUrl)
    {
        await page.GotoAsync(baseUrl + "/account/login");
        await page.Locator("#login-email").FillAsync(Mediator);
        await page.Locator("#login-password").FillAsync(DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/staff", StringComparison.Ordinal));
    }

    [GeneratedRegex("[A-Z0-9]{6}")]
    private static partial Regex CheckCode();

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    [GeneratedRegex("Voir ma fiche")]
    private static partial Regex SheetLink();
}
