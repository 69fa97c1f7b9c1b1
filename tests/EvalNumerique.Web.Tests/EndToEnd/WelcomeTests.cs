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
}
