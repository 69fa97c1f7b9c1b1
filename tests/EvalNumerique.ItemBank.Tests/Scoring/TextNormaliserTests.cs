using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Scoring;

namespace EvalNumerique.ItemBank.Tests.Scoring;

public sealed class TextNormaliserTests
{
    private static readonly NormaliseRule[] All = [NormaliseRule.Trim, NormaliseRule.Case, NormaliseRule.Accents, NormaliseRule.Spaces];

    [Theory]
    [InlineData("  Paris ", new[] { NormaliseRule.Trim }, "Paris")]
    [InlineData("PaRiS", new[] { NormaliseRule.Case }, "paris")]
    [InlineData("Élève à Noël, garçon, cœur", new[] { NormaliseRule.Accents }, "Eleve a Noel, garcon, coeur")]
    [InlineData("06 12\u00A034\t56", new[] { NormaliseRule.Spaces }, "06123456")]
    [InlineData(" Saint-Étienne ", new NormaliseRule[0], " Saint-Étienne ")]
    public void Each_rule_does_one_thing(string text, NormaliseRule[] rules, string expected)
    {
        Assert.Equal(expected, TextNormaliser.Normalise(text, rules));
    }

    [Fact]
    public void Spaces_removes_inner_white_space_rather_than_collapsing_it()
    {
        Assert.Equal("jeandupont", TextNormaliser.Normalise("  Jean   Dupont ", All));
    }

    [Fact]
    public void Rules_apply_to_both_sides()
    {
        Assert.True(TextNormaliser.Equivalent("  saint etienne", "Saint Étienne", All));
        Assert.False(TextNormaliser.Equivalent("saint etienne", "Saint Étienne", [NormaliseRule.Case]));
    }

    [Fact]
    public void Decomposed_accents_are_removed_too()
    {
        Assert.Equal("e", TextNormaliser.RemoveAccents("e\u0301"));
    }

    [Fact]
    public void Folding_table_maps_the_last_letters_of_latin_extended_a()
    {
        Assert.Equal("ZzYyUuSsRrOoNnLlIiGgEeDdCcAa", TextNormaliser.RemoveAccents("ŽžŸÿŲųŠšŘřŐőŇňŁłĮįĢģĚěĐđČčĄą"));
    }
}
