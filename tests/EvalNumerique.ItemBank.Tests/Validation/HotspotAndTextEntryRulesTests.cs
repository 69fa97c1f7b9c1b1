using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;
using static EvalNumerique.ItemBank.Tests.Support.DiagnosticAssert;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class HotspotAndTextEntryRulesTests
{
    [Theory]
    [InlineData("x: 170, y: 20, w: 50, h: 50")]
    [InlineData("x: 20, y: 380, w: 50, h: 50")]
    [InlineData("x: -1, y: 20, w: 50, h: 50")]
    [InlineData("x: 20, y: 20, w: 0, h: 50")]
    public void Hotspot_region_outside_the_image_is_reported_on_its_line(string rectangle)
    {
        using var temp = new TempBank().Edit(Paths.Hotspot, "x: 120, y: 20, w: 50, h: 50", rectangle);
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.Hotspot, "id: messages"), Single(bank, Paths.Hotspot, RuleIds.HotspotRegion).Line);
        Skipped(bank, Paths.Hotspot);
    }

    [Fact]
    public void Hotspot_answer_that_is_not_a_region_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.Hotspot, "answer: phone", "answer: camera");

        Assert.Contains("not one of the regions (phone, messages)", Single(temp.Load(), Paths.Hotspot, RuleIds.Answer).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hotspot_image_without_its_size_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.Hotspot, ", width: 200, height: 400", string.Empty);

        Assert.Equal(2, temp.Load().Errors.Count(d => d.Path == Paths.Hotspot && d.Rule == RuleIds.RequiredField));
    }

    [Fact]
    public void Text_entry_without_accepted_values_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.TextEntry, "accept: [\"Paris\"]", "accept: []");

        Single(temp.Load(), Paths.TextEntry, RuleIds.TextAnswer);
    }

    [Fact]
    public void Text_entry_with_an_unknown_normalise_rule_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.TextEntry, "normalise: [trim, case, accents, spaces]", "normalise: [trim, lowercase]");
        var bank = temp.Load();

        Assert.Contains("'lowercase'", Single(bank, Paths.TextEntry, RuleIds.TextAnswer).Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(temp, Paths.TextEntry, "answer:"), Single(bank, Paths.TextEntry, RuleIds.TextAnswer).Line);
    }

    [Fact]
    public void Text_entry_input_of_an_unknown_kind_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.TextEntry, "kind: text", "kind: phone");

        Single(temp.Load(), Paths.TextEntry, RuleIds.TextInput);
    }
}
