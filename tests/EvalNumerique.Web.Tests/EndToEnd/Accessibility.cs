using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EvalNumerique.Web.Tests.EndToEnd;

/// <summary>axe-core on the page as it is now: the serious and critical violations, described for a failure message.</summary>
internal static class Accessibility
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        return [.. results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{where}: {string.Join(Environment.NewLine, violations)}");
    }
}
