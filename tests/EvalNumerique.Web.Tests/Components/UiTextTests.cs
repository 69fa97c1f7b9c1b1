using System.Text.RegularExpressions;
using System.Xml.Linq;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Components;

/// <summary>Every resource file of the app (UiText, StaffText, …): French and English twins, keys that pages ask for, kind French.</summary>
public sealed partial class UiTextTests
{
    private static readonly string Resources = Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web", "Resources");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Resources, file))
            .Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    public static TheoryData<string> ResourceNames()
    {
        var names = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Resources, "*.resx").Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)).Order())
            names.Add(Path.GetFileNameWithoutExtension(file));
        return names;
    }

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void Every_french_string_has_its_english_twin_and_none_is_empty(string name)
    {
        var fr = Read($"{name}.resx");
        var en = Read($"{name}.en.resx");
        Assert.Equal(fr.Keys.Order(), en.Keys.Order());
        Assert.All(fr.Concat(en), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_key_a_page_asks_for_exists()
    {
        string web = Path.Combine(RepositoryPaths.Root, "web", "EvalNumerique.Web");
        int checkedKeys = 0;
        foreach (string file in Directory.GetFiles(web, "*.razor", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            // Each component names its own localisers: @inject IStringLocalizer<UiText> L, … <StaffText> S.
            foreach (Match inject in InjectedLocalizer().Matches(text))
            {
                string resource = inject.Groups["type"].Value;
                string variable = inject.Groups["name"].Value;
                var keys = Read($"{resource}.resx").Keys.ToHashSet();
                foreach (Match use in Regex.Matches(text, $@"(?<![A-Za-z0-9_]){Regex.Escape(variable)}\[""([A-Za-z0-9_]+)""\]"))
                {
                    Assert.True(keys.Contains(use.Groups[1].Value), $"{Path.GetFileName(file)} asks {resource} for missing string {use.Groups[1].Value}");
                    checkedKeys++;
                }
            }
        }
        Assert.True(checkedKeys > 50, $"only {checkedKeys} keys found: is the pattern still right?");
    }

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void French_never_blames_the_person(string name)
    {
        foreach (var (key, value) in Read($"{name}.resx"))
        {
            Assert.DoesNotContain("erreur", value, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("faux", value, StringComparison.OrdinalIgnoreCase);
            Assert.False(value.Contains("« ", StringComparison.Ordinal) || value.Contains(" »", StringComparison.Ordinal), $"{key}: use a non-breaking space inside « »");
        }
    }

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void French_punctuation_keeps_its_non_breaking_space(string name)
    {
        // French typography: a (non-breaking) space before ? ! : ; — an ordinary one lets the sign start a new line alone.
        foreach (var (key, value) in Read($"{name}.resx"))
            Assert.False(OrdinarySpaceBeforeSign().IsMatch(value), $"{name}.{key}: use a non-breaking space (U+00A0) before ? ! : ; in \"{value}\"");
    }

    [GeneratedRegex(" [?!:;]")]
    private static partial Regex OrdinarySpaceBeforeSign();

    [GeneratedRegex(@"@inject\s+IStringLocalizer<(?<type>[A-Za-z]+)>\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex InjectedLocalizer();
}
