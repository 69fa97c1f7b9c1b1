using System.Xml.Linq;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

public sealed class UiTextTests
{
    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web", "Resources", file))
            .Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Every_french_string_has_its_english_twin_and_none_is_empty()
    {
        var fr = Read("UiText.resx");
        var en = Read("UiText.en.resx");
        Assert.Equal(fr.Keys.Order(), en.Keys.Order());
        Assert.All(fr.Concat(en), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_key_a_page_asks_for_exists()
    {
        var keys = Read("UiText.resx").Keys.ToHashSet();
        string web = Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web");
        var used = Directory.GetFiles(web, "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"\bL\[""([A-Za-z0-9_]+)""\]").Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(keys.Contains(u.Key), $"{u.File} asks for missing string {u.Key}"));
    }

    [Fact]
    public void French_never_blames_the_person()
    {
        foreach (var (key, value) in Read("UiText.resx"))
        {
            Assert.DoesNotContain("erreur", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("faux", value, StringComparison.OrdinalIgnoreCase);
            Assert.False(value.Contains("« ", StringComparison.Ordinal) || value.Contains(" »", StringComparison.Ordinal), $"{key}: use a non-breaking space inside « »");
        }
    }
}
