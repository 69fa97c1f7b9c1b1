using Microsoft.Playwright;

namespace EvalNumerique.Web.Tests.EndToEnd;

/// <summary>
/// A trainer calibrates the bank from the browser on the demo's collected answers (simulated, with
/// one item made harder for people aged 60 and over), finds that item flagged for DIF by age,
/// looks at its curves, and accepts the new parameters. Every page passes axe.
/// </summary>
public sealed class CalibrationTests
{
    private const string Trainer = "formatrice@demo.evalnumerique.test";
    private const string DemoPassword = "Demo-Mediation-2026";

    [Fact]
    public async Task A_trainer_runs_a_calibration_finds_the_biased_item_and_accepts_the_parameters()
    {
        await using var server = new AppServer { SimulatedChecks = 1200 };
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(phone: false);
        await page.GotoAsync(server.BaseUrl + "/account/login");
        await page.Locator("#login-email").FillAsync(Trainer);
        await page.Locator("#login-password").FillAsync(DemoPassword);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/staff", StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Calibration" }).First.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/authoring/calibration", StringComparison.Ordinal));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "calibration runs");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lancer la calibration" }).ClickAsync();
        var row = page.Locator("tr[data-run]").First;
        await Assertions.Expect(row.Locator(".run-status")).ToContainTextAsync("Terminée", new LocatorAssertionsToContainTextOptions { Timeout = 60000 });
        // 1 200 simulated checks and the 6 checks of the demo people.
        await Assertions.Expect(row).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"1\s?206 bilans"));
        await Assertions.Expect(row).ToContainTextAsync("À examiner");

        await row.Locator("a").ClickAsync();
        var biased = page.Locator("tr[data-item='procedures-accounts-004']");
        await biased.WaitForAsync();
        await Assertions.Expect(biased).ToContainTextAsync("Âge : C");
        await Assertions.Expect(biased).ToContainTextAsync("Fonctionnement différent selon le groupe");
        await biased.Locator("button.link-button").ClickAsync();
        await Assertions.Expect(page.Locator(".item-curves svg")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".dif-table")).ToContainTextAsync("Favorise les moins de 60 ans");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "calibration review");
        await Screenshots.TakeAsync(page, "trainer-calibration");

        // The biased item is named before the parameters go live; the trainer accepts knowingly.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Accepter ces paramètres" }).ClickAsync();
        await Assertions.Expect(page.Locator(".decision [role=alert]")).ToContainTextAsync("procedures-accounts-004");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Accepter quand même" }).ClickAsync();
        await Assertions.Expect(page.Locator(".decision .form-message")).ToContainTextAsync("ces paramètres sont en vigueur");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Annuler cette calibration" })).ToBeVisibleAsync();

        await page.GotoAsync(server.BaseUrl + "/authoring/calibration");
        await Assertions.Expect(page.Locator("tr[data-run]").First).ToContainTextAsync("En vigueur");
    }
}
