using Bunit;
using EvalNumerique.Web.Features.Mediation.Results;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Results;

public sealed class DomainResultsSectionTests : ComponentTest
{
    // Numbers follow the page's culture, as the app's request localisation sets it (fr-FR).
    public DomainResultsSectionTests() => System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    private static readonly DomainMeasure[] Domains =
    [
        new("device", "Utiliser un appareil", new MeasuredTheta(0.3, 0.4), 4, 3), // [−0,48 ; 1,08]: levels 2 to 4
        new("safety", "Se protéger", new MeasuredTheta(0.5, 0.2), 5, 4), // [0,11 ; 0,89]: level 3 only
        new("information", "S'informer", new MeasuredTheta(0, 1), 0, 0),
    ];

    private IRenderedComponent<DomainResultsSection> Render() => Context.Render<DomainResultsSection>(p => p
        .Add(x => x.Domains, Domains)
        .Add(x => x.LevelName, level => $"L{level}"));

    [Fact]
    public void An_interval_across_a_level_boundary_says_the_level_is_uncertain()
    {
        var row = Render().Find("tr[data-domain=device]");

        Assert.Contains("[−0,48\u00A0; 1,08]", row.QuerySelector(".interval-cell")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("niveau 3 (L3)", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("niveau incertain entre 2 et 4", row.QuerySelector(".level-uncertain")!.TextContent.Trim());
        Assert.Contains("3 / 4", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interval_inside_one_band_is_a_sure_level()
    {
        var row = Render().Find("tr[data-domain=safety]");

        Assert.Null(row.QuerySelector(".level-uncertain"));
        Assert.NotNull(row.QuerySelector(".level-sure"));
    }

    [Fact]
    public void The_picture_shows_the_point_and_its_interval_and_says_them_to_screen_readers()
    {
        var bar = Render().Find("tr[data-domain=device] svg.estimate-bar");

        Assert.Equal("img", bar.GetAttribute("role"));
        Assert.Contains("θ = 0,30", bar.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("niveau incertain entre 2 et 4", bar.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Single(bar.QuerySelectorAll("circle.estimate"));
        Assert.Equal(4, bar.QuerySelectorAll("rect.band").Length);
    }

    [Fact]
    public void A_domain_without_questions_is_not_given_a_level()
    {
        var row = Render().Find("tr[data-domain=information]");

        Assert.Contains("Pas de question dans ce domaine", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(row.QuerySelectorAll("svg"));
    }
}
