using EvalNumerique.Web.Tests.Support;
using Microsoft.Playwright;

namespace EvalNumerique.Web.Tests.EndToEnd;

/// <summary>Screenshots of the flow, written to TestResults/screenshots to look at (and for the README).</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots")).FullName;

    public static Task TakeAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
}
