using Bunit;
using EvalNumerique.Web.Features.Mediation.People;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Mediation.People;

public sealed class PeopleTableTests : ComponentTest
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly StructureChoice Ccas = new(1, "CCAS A", false);
    private static readonly StructureChoice Demo = new(2, "Centre des Tilleuls", true);

    private static PersonRow Row(string nickname, StructureChoice structure, int? decade, int checks, int activityDay, string? reference = null, string pseudonym = "P-00000000") =>
        new(Guid.NewGuid(), nickname, pseudonym, structure.Id, structure.Name, structure.IsDemo, decade, reference, checks,
            checks == 0 ? null : Day.AddDays(activityDay), checks == 0 ? null : new CheckStatus(CheckStatusKind.InProgress, 4), Day.AddDays(activityDay));

    private static readonly PersonRow[] Rows =
    [
        Row("Émile", Ccas, 1940, 2, 3, "DOS-7", "P-AAAA1111"),
        Row("bruno", Demo, 1970, 0, 1),
        Row("Zoé", Ccas, null, 1, 5),
        Row("Amina", Demo, 1990, 3, 2, pseudonym: "P-BBBB2222"),
    ];

    private IRenderedComponent<PeopleTable> Render(IReadOnlyList<PersonRow>? rows = null, params StructureChoice[] structures) =>
        Context.Render<PeopleTable>(p => p.Add(x => x.Rows, rows ?? Rows).Add(x => x.Structures, structures.Length == 0 ? [Ccas, Demo] : structures));

    private static string[] Names(IRenderedComponent<PeopleTable> cut) => [.. cut.FindAll("tbody .person-link").Select(a => a.TextContent)];

    private static void SortBy(IRenderedComponent<PeopleTable> cut, PeopleSort column) => cut.Find($"button[data-sort={column}]").Click();

    [Fact]
    public void The_most_recent_activity_comes_first()
    {
        var cut = Render();
        Assert.Equal(["Zoé", "Émile", "Amina", "bruno"], Names(cut));
        Assert.Equal("descending", cut.Find("button[data-sort=LastActivity]").ParentElement!.GetAttribute("aria-sort"));
    }

    [Fact]
    public void Sorting_by_nickname_goes_a_to_z_ignoring_case_and_accents_then_back()
    {
        var cut = Render();
        SortBy(cut, PeopleSort.Nickname);
        Assert.Equal(["Amina", "bruno", "Émile", "Zoé"], Names(cut));
        Assert.Equal("ascending", cut.Find("button[data-sort=Nickname]").ParentElement!.GetAttribute("aria-sort"));
        Assert.Equal("none", cut.Find("button[data-sort=LastActivity]").ParentElement!.GetAttribute("aria-sort"));

        SortBy(cut, PeopleSort.Nickname);
        Assert.Equal(["Zoé", "Émile", "bruno", "Amina"], Names(cut));
    }

    [Fact]
    public void Counts_start_with_the_largest_and_decades_with_the_oldest_unknown_last_reversed()
    {
        var cut = Render();
        SortBy(cut, PeopleSort.Checks);
        Assert.Equal(["Amina", "Émile", "Zoé", "bruno"], Names(cut));
        SortBy(cut, PeopleSort.BirthDecade);
        Assert.Equal(["Zoé", "Émile", "bruno", "Amina"], Names(cut)); // no decade sorts first going up
        SortBy(cut, PeopleSort.Structure);
        Assert.Equal(["Émile", "Zoé", "Amina", "bruno"], Names(cut));
    }

    [Fact]
    public void Search_finds_a_nickname_without_accents_a_reference_or_a_pseudonym()
    {
        var cut = Render();
        cut.Find("#people-search").Input("emi");
        Assert.Equal(["Émile"], Names(cut));
        cut.Find("#people-search").Input("dos-7");
        Assert.Equal(["Émile"], Names(cut));
        cut.Find("#people-search").Input("p-bbbb");
        Assert.Equal(["Amina"], Names(cut));
        cut.Find("#people-search").Input("nobody");
        Assert.Empty(Names(cut));
        Assert.Contains("Aucune personne ne correspond", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void The_structure_filter_shows_one_structure_and_demo_structures_are_tagged()
    {
        var cut = Render();
        cut.Find("#people-structure").Change(Demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Amina", "bruno"], Names(cut));
        Assert.All(cut.FindAll("tbody tr"), row => Assert.Contains("(démonstration)", row.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void With_one_structure_there_is_no_structure_filter()
    {
        var cut = Render(Rows.Where(r => r.StructureId == Ccas.Id).ToList(), Ccas);
        Assert.Empty(cut.FindAll("#people-structure"));
        Assert.Equal(2, Names(cut).Length);
    }

    [Fact]
    public void With_nobody_yet_the_page_says_how_to_start()
    {
        var cut = Render([]);
        Assert.Contains("Nouvelle personne", cut.Find(".empty-state").TextContent, StringComparison.Ordinal);
        Assert.Equal("/mediation/people/new", cut.Find(".empty-state a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void Each_row_links_to_the_persons_page_and_shows_the_last_checks_status()
    {
        var cut = Render();
        var first = cut.FindAll("tbody tr")[0];
        Assert.Equal($"/mediation/people/{Rows[2].Id}", first.QuerySelector(".person-link")!.GetAttribute("href"));
        Assert.Contains("En cours (4/20)", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aucun test", cut.FindAll("tbody tr")[^1].TextContent, StringComparison.Ordinal);
    }
}
