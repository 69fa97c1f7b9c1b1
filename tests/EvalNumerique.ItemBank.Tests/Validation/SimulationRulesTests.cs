using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;
using static EvalNumerique.ItemBank.Tests.Support.DiagnosticAssert;

namespace EvalNumerique.ItemBank.Tests.Validation;

public sealed class SimulationRulesTests
{
    [Fact]
    public void Unknown_screen_kind_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationTap, "kind: sms", "kind: whatsapp");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.SimulationTap, "kind:"), Single(bank, Paths.SimulationTap, RuleIds.ScreenKind).Line);
        Skipped(bank, Paths.SimulationTap);
    }

    [Fact]
    public void Two_elements_with_the_same_id_are_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationTap, "{ id: reply,", "{ id: delete,");

        Assert.Equal(LineOf(temp, Paths.SimulationTap, "text: \"Répondre\""), Single(temp.Load(), Paths.SimulationTap, RuleIds.DuplicateLocalId).Line);
    }

    [Fact]
    public void Unknown_role_is_reported_with_a_suggestion()
    {
        using var temp = new TempBank().Edit(Paths.SimulationTap, "role: button, text: \"Répondre\"", "role: buton, text: \"Répondre\"");
        var bank = temp.Load();

        var diagnostic = Single(bank, Paths.SimulationTap, RuleIds.ElementRole);
        Assert.Contains("did you mean 'button'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(temp, Paths.SimulationTap, "buton"), diagnostic.Line);
    }

    [Fact]
    public void Icon_outside_the_fixed_list_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationTap, "icon: trash", "icon: bin");

        Assert.Equal(LineOf(temp, Paths.SimulationTap, "icon: bin"), Single(temp.Load(), Paths.SimulationTap, RuleIds.IconUnknown).Line);
    }

    [Fact]
    public void Tap_on_an_element_that_does_not_exist_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationTap, "tap: [delete]", "tap: [remove]");

        Assert.Equal(LineOf(temp, Paths.SimulationTap, "tap:"), Single(temp.Load(), Paths.SimulationTap, RuleIds.Answer).Line);
    }

    [Fact]
    public void Tap_on_an_element_that_cannot_be_tapped_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationTap, "tap: [delete]", "tap: [sender]");

        Assert.Contains("header, which cannot be tapped", Single(temp.Load(), Paths.SimulationTap, RuleIds.Answer).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_with_an_unknown_element_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationSequence, "sequence: [mail1, attach, send]", "sequence: [mail1, attach, envoyer]");

        Assert.Contains("'envoyer'", Single(temp.Load(), Paths.SimulationSequence, RuleIds.Answer).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_with_two_forms_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationTap, "tap: [delete]", "tap: [delete]\n  sequence: [delete, reply]");

        Assert.Contains("tap and sequence", Single(temp.Load(), Paths.SimulationTap, RuleIds.Answer).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_that_is_not_an_input_select_or_checkbox_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationFields, "terms: { accept: [\"true\"] }", "send: { accept: [\"true\"] }");
        var bank = temp.Load();

        Assert.Equal(LineOf(temp, Paths.SimulationFields, "send: { accept"), Single(bank, Paths.SimulationFields, RuleIds.Answer).Line);
    }

    [Fact]
    public void Submit_that_is_not_a_button_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationFields, "submit: send", "submit: terms");

        Assert.Equal(LineOf(temp, Paths.SimulationFields, "submit:"), Single(temp.Load(), Paths.SimulationFields, RuleIds.Answer).Line);
    }

    [Fact]
    public void Select_value_that_is_not_an_option_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationFields, "civility: [\"Madame\"]", "civility: [\"Mme\"]");

        Assert.Contains("'Mme'", Single(temp.Load(), Paths.SimulationFields, RuleIds.Answer).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_without_options_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationFields, ", options: [\"Madame\", \"Monsieur\"]", string.Empty);

        Assert.Contains(temp.Load().Errors, d => d.Path == Paths.SimulationFields && d.Rule == RuleIds.ElementRole && d.Message.Contains("no options", StringComparison.Ordinal));
    }

    [Fact]
    public void Button_without_text_is_reported()
    {
        using var temp = new TempBank().Edit(Paths.SimulationTap, "text: \"Répondre\", ", string.Empty);

        Assert.Contains("is empty", Single(temp.Load(), Paths.SimulationTap, RuleIds.ElementRole).Message, StringComparison.Ordinal);
    }
}
