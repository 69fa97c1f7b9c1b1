using Microsoft.Playwright;

namespace EvalNumerique.Web.Tests.EndToEnd;

public sealed class WelcomeTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_welcome_page_shows_one_big_start_button_and_passes_axe(bool phone)
    {
        await using var server = new AppServer();
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(phone);
        await page.GotoAsync(server.BaseUrl + "/");
        var start = page.Locator("button.start");
        await start.WaitForAsync();
        Assert.Equal("Commencer", (await start.InnerTextAsync()).Trim());
        var box = await start.BoundingBoxAsync();
        Assert.True(box is { Height: >= 44, Width: >= 44 }, "the start button is a big touch target");
        await Screenshots.TakeAsync(page, phone ? "welcome-phone" : "welcome-desktop");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "welcome");
    }

    [Fact]
    public async Task Bigger_text_and_high_contrast_stay_after_a_reload_and_pass_axe()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync(server.BaseUrl + "/");
        await page.Locator("button.start").WaitForAsync();
        double before = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).fontSize)");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Texte plus grand" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Contraste fort" }).ClickAsync();
        await page.ReloadAsync();
        await page.Locator("button.start").WaitForAsync();

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.classList.contains('high-contrast')"));
        double after = await page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.body).fontSize)");
        Assert.True(after > before, $"text should be bigger: {before} → {after}");
        await Screenshots.TakeAsync(page, "welcome-phone-contrast");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "welcome, high contrast");
    }

    [Fact]
    public async Task The_english_version_is_one_tap_away()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        await using var browser = await BrowserSession.LaunchAsync();
        var page = await browser.NewPageAsync(phone: false);
        await page.GotoAsync(server.BaseUrl + "/");
        await page.Locator("a.language").ClickAsync();
        await page.Locator("button.start", new PageLocatorOptions { HasText = "Start" }).WaitForAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }
}
