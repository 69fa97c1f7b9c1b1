using Microsoft.Playwright;

namespace EvalNumerique.Web.Tests.EndToEnd;

public sealed class ResultPageTests
{
    [Fact]
    public async Task The_result_speaks_in_words_and_pictures_prints_cleanly_and_passes_axe()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        using var api = new ApiDriver(server.BaseUrl);
        string code = await api.FinishedCheckAsync(["caf", "health"], new Dictionary<string, string> { ["smartphone"] = "yes", ["internet"] = "no" });

        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync($"{server.BaseUrl}/check/{code}/result");
        await page.Locator("h1", new PageLocatorOptions { HasText = "Votre résultat" }).WaitForAsync();

        Assert.Equal(5, await page.Locator(".domain-result").CountAsync());
        Assert.InRange(await page.Locator(".pathway-step").CountAsync(), 1, 3);
        string text = await page.InnerTextAsync("main");
        Assert.DoesNotContain("θ", text, StringComparison.Ordinal); // no raw theta for the person
        Assert.DoesNotContain("mauvaise réponse", text, StringComparison.OrdinalIgnoreCase); // never blaming
        Assert.True(await page.Locator(".listen-button").CountAsync() >= 1);
        await Screenshots.TakeAsync(page, "result-phone");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "result");

        // Taken alone (no structure): the person looks for places near a postal code of the demo town.
        await page.GetByLabel("Votre code postal ou votre ville").FillAsync("00000");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chercher des lieux" }).ClickAsync();
        var places = page.Locator(".referrals .result-places > li");
        await Assertions.Expect(places.First).ToContainTextAsync("(démo)");
        Assert.InRange(await places.CountAsync(), 1, 3);
        await Assertions.Expect(page.Locator(".referrals")).ToContainTextAsync("Appelez le lieu avant d'y aller");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "result with places");
        await Screenshots.TakeAsync(page, "result-phone-places");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".display-controls").IsVisibleAsync());
        Assert.False(await page.Locator(".listen-button").First.IsVisibleAsync());
        await Screenshots.TakeAsync(page, "result-print");
    }
}
