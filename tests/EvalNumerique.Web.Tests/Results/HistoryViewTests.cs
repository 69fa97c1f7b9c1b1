using Bunit;
using EvalNumerique.Web.Features.Mediation.History;
using EvalNumerique.Web.Features.Mediation.Results;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Results;

public sealed class HistoryViewTests : ComponentTest
{
    // Numbers follow the page's culture, as the app's request localisation sets it (fr-FR).
    public HistoryViewTests() => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    private static readonly DateTimeOffset Spring = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static PersonHistoryData TwoChecks() => new(
        Guid.NewGuid(),
        [
            new HistoryCheck(Guid.NewGuid(), Spring, new MeasuredTheta(-0.3, 0.35), 14),
            new HistoryCheck(Guid.NewGuid(), Spring.AddMonths(5), new MeasuredTheta(0.4, 0.33), 13),
        ],
        [
            new DomainHistory("device", "Utiliser un appareil", [new MeasuredTheta(-0.5, 0.4), new MeasuredTheta(0.6, 0.35)]), // 1.1 > 1.042
            new DomainHistory("safety", "Se protéger", [new MeasuredTheta(0.2, 0.5), new MeasuredTheta(0.9, 0.45)]), // 0.7 < 1.318
            new DomainHistory("information", "S'informer", [null, new MeasuredTheta(0.1, 0.5)]),
        ]);

    [Fact]
    public void A_change_beyond_the_measurement_error_is_flagged_and_a_smaller_one_is_not()
    {
        var cut = Context.Render<HistoryView>(p => p.Add(x => x.Data, TwoChecks()));

        var device = cut.Find("figure[data-domain=device]");
        var flagged = device.QuerySelector(".change.reliable.up");
        Assert.NotNull(flagged);
        Assert.Contains("Progrès sûr", flagged.TextContent, StringComparison.Ordinal);
        Assert.Contains("+1,10", flagged.TextContent, StringComparison.Ordinal);
        Assert.Contains("1,04", flagged.TextContent, StringComparison.Ordinal);

        var safety = cut.Find("figure[data-domain=safety]");
        Assert.Null(safety.QuerySelector(".change.reliable"));
        Assert.Contains("Pas de différence sûre", safety.QuerySelector(".change.unsure")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_domain_has_a_chart_with_one_point_per_measure_and_a_table_alternative()
    {
        var cut = Context.Render<HistoryView>(p => p.Add(x => x.Data, TwoChecks()));

        var device = cut.Find("figure[data-domain=device]");
        var chart = device.QuerySelector("svg.history-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Utiliser un appareil", chart.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(2, chart.QuerySelectorAll("circle.estimate").Length);
        Assert.Single(chart.QuerySelectorAll("line.trend"));
        Assert.Equal(4, chart.QuerySelectorAll("rect.band").Length);
        Assert.Equal(2, device.QuerySelectorAll(".history-table tbody tr").Length);

        var information = cut.Find("figure[data-domain=information]");
        Assert.Single(information.QuerySelectorAll("circle.estimate"));
        Assert.Empty(information.QuerySelectorAll("line.trend"));
        Assert.Contains("Pas de question dans ce domaine", information.QuerySelector(".history-table tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_without_a_finished_check_gets_a_plain_sentence()
    {
        var cut = Context.Render<HistoryView>(p => p.Add(x => x.Data, new PersonHistoryData(Guid.NewGuid(), [], [])));

        Assert.Contains("Aucune évaluation terminée", cut.Find(".history-empty").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("svg"));
    }
}
