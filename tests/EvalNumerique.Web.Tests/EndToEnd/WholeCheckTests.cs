using Microsoft.Playwright;

namespace EvalNumerique.Web.Tests.EndToEnd;

/// <summary>
/// A person takes a whole check in a real browser: welcome, how-to, needs, the adaptive
/// questions, the result. On the phone the server is killed in the middle and restarted: the
/// check goes on at the same question.
/// </summary>
public sealed class WholeCheckTests
{
    [Fact]
    public async Task On_a_phone_a_whole_check_survives_a_server_crash_and_ends_on_the_result()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(phone: true);

        await StartAndPassIntroAsync(page, server, screenshots: "phone");

        int answered = 0;
        while (!page.Url.Contains("/result", StringComparison.Ordinal))
        {
            string itemId = await CurrentItemAsync(page);
            await Accessibility.AssertNoSeriousViolationsAsync(page, $"question {itemId}"); // every question the check shows
            await Screenshots.TakeAsync(page, $"phone-question-{answered + 1:D2}");
            if (answered == 3)
            {
                // The server dies with a question on screen; it comes back; the page is reloaded.
                await server.KillAsync();
                await server.StartAsync();
                await page.ReloadAsync();
                Assert.Equal(itemId, await CurrentItemAsync(page));
            }
            await page.Locator("button.dont-know").ClickAsync();
            answered++;
            await WaitForNextAsync(page, itemId);
        }
        Assert.InRange(answered, 10, 20);
        await page.Locator(".domain-result").First.WaitForAsync();
        await Screenshots.TakeAsync(page, "phone-result");
    }

    [Fact]
    public async Task On_a_desktop_a_whole_check_runs_from_welcome_to_result()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(phone: false);

        await StartAndPassIntroAsync(page, server, screenshots: "desktop");
        int answered = 0;
        while (!page.Url.Contains("/result", StringComparison.Ordinal))
        {
            string itemId = await CurrentItemAsync(page);
            if (answered == 1) await Screenshots.TakeAsync(page, "desktop-question");
            await page.Locator("button.dont-know").ClickAsync();
            answered++;
            await WaitForNextAsync(page, itemId);
        }
        await page.Locator(".domain-result").First.WaitForAsync();
        Assert.Equal(5, await page.Locator(".domain-result").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page, "result (desktop)");
    }

    private static async Task StartAndPassIntroAsync(IPage page, AppServer server, string screenshots)
    {
        await page.GotoAsync(server.BaseUrl + "/");
        await page.Locator("button.start").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/check/", StringComparison.Ordinal));

        // The how-to: the practice question teaches "touch, then Valider".
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Le soleil" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "practice");
        await Screenshots.TakeAsync(page, $"{screenshots}-practice");
        await page.Locator("button.validate").ClickAsync();
        await page.GetByText("Bravo").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Continuer" }).ClickAsync();

        // What would you like to do, and the equipment questions.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ma santé" }).ClickAsync();
        await page.Locator(".equipment-question").First.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Oui" }).ClickAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "needs");
        await Screenshots.TakeAsync(page, $"{screenshots}-needs");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Continuer" }).ClickAsync();
    }

    private static async Task<string> CurrentItemAsync(IPage page)
    {
        var item = page.Locator("[data-item]");
        await item.First.WaitForAsync();
        return (await item.First.GetAttributeAsync("data-item"))!;
    }

    private static async Task WaitForNextAsync(IPage page, string previousItem)
    {
        await page.WaitForFunctionAsync(
            "prev => location.pathname.endsWith('/result') || (document.querySelector('[data-item]') && document.querySelector('[data-item]').dataset.item !== prev)",
            previousItem);
    }
}
