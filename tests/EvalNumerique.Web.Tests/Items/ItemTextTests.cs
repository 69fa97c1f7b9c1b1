using System.Globalization;
using System.Xml.Linq;
using Bunit;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Items;

public sealed class ItemTextTests : ItemViewTestContext
{
    private static readonly string Resources = Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web", "Resources");

    private static string[] Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_french_sentence_has_its_english_one()
    {
        Assert.Equal(Keys("ItemText.resx"), Keys("ItemText.en.resx"));
    }

    [Fact]
    public void In_french_the_buttons_say_valider_and_je_ne_sais_pas()
    {
        var view = WithCulture("fr-FR", () => Show(RealBank.FirstOf(ItemType.YesNo)));

        Assert.Contains("Valider", view.Find("button.validate").TextContent, StringComparison.Ordinal);
        Assert.Contains("Je ne sais pas", view.Find("button.dont-know").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Oui", "Non"], view.FindAll("[data-choice] .choice-text").Select(e => e.TextContent));
    }

    [Fact]
    public void In_english_the_same_buttons_are_in_english()
    {
        var view = WithCulture("en-GB", () => Show(RealBank.FirstOf(ItemType.YesNo)));

        Assert.Contains("I don't know", view.Find("button.dont-know").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Yes", "No"], view.FindAll("[data-choice] .choice-text").Select(e => e.TextContent));
    }

    private static T WithCulture<T>(string name, Func<T> render)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
