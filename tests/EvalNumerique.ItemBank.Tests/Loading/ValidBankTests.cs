using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Tests.Support;

namespace EvalNumerique.ItemBank.Tests.Loading;

public sealed class ValidBankTests
{
    private static readonly LoadedBank Bank = ItemBankLoader.Load(TempBank.ValidBank);

    [Fact]
    public void The_valid_fixture_bank_loads_every_file_without_any_diagnostic()
    {
        Assert.Empty(Bank.Diagnostics);
        Assert.Equal(9, Bank.Items.Count);
        Assert.Equal(9, Bank.ItemFileCount);
    }

    [Fact]
    public void Items_are_read_with_their_common_fields()
    {
        var item = Bank.FindItem("safety-scams-001")!;

        Assert.Equal("safety.scams", item.Competence);
        Assert.Equal("safety", item.Domain);
        Assert.Equal(ItemType.SingleChoice, item.Type);
        Assert.Equal(1, item.Level);
        Assert.Equal(new IrtParameters(1.0, -1.5, 0.15, 1.0, false), item.Irt);
        Assert.Equal(ItemStatus.Live, item.Status);
        Assert.Equal(1, item.Version);
        Assert.Equal("Vous recevez ce message. Il dit que votre colis est bloqué.\nQue faites-vous ?", item.Audio.Replace(" Que", "\nQue", StringComparison.Ordinal));
        Assert.Equal("images/sms-colis.svg", item.Image?.Src);
        Assert.StartsWith("Un SMS", item.Image?.Alt, StringComparison.Ordinal);
        Assert.Equal(["colis", "sms"], item.Tags);
        Assert.Equal(["safety-scams-002"], item.Enemies);
        Assert.Equal("Vous recevez ce SMS.\n\n**Que faites-vous ?**", item.Stem);
        Assert.Equal(Paths.SingleChoice, item.SourcePath);
    }

    [Fact]
    public void Each_type_gets_its_own_content()
    {
        var single = Assert.IsType<SingleChoiceContent>(Bank.FindItem("safety-scams-001")!.Content);
        Assert.Equal("b", single.Answer);
        Assert.Equal("images/sms-colis.svg", single.Choices[0].Image?.Src);
        Assert.Equal("Un doigt appuie sur le lien", single.Choices[0].Image?.Alt);
        Assert.Equal(["a", "b"], Assert.IsType<MultipleChoiceContent>(Bank.FindItem("safety-scams-002")!.Content).Answer);
        Assert.False(Assert.IsType<YesNoContent>(Bank.FindItem("safety-scams-003")!.Content).Answer);
        Assert.Equal(["b", "c", "a"], Assert.IsType<OrderingContent>(Bank.FindItem("safety-scams-004")!.Content).Answer);

        var hotspot = Assert.IsType<HotspotContent>(Bank.FindItem("device-touch-001")!.Content);
        Assert.Equal((200.0, 400.0), (hotspot.Image.Width!.Value, hotspot.Image.Height!.Value));
        Assert.Equal(new HotspotRegion("phone", "Icône téléphone", 20, 20, 50, 50), hotspot.Regions[0]);

        var text = Assert.IsType<TextEntryContent>(Bank.FindItem("device-touch-002")!.Content);
        Assert.Equal(new TextInput("La ville", "text"), text.Input);
        Assert.Equal([NormaliseRule.Trim, NormaliseRule.Case, NormaliseRule.Accents, NormaliseRule.Spaces], text.Answer.Normalise);

        var tap = Assert.IsType<SimulationContent>(Bank.FindItem("device-touch-003")!.Content);
        Assert.Equal("sms", tap.Screen.Kind);
        Assert.Equal(ElementRole.Message, tap.Screen.Elements[1].Role);
        Assert.Equal("10:32", tap.Screen.Elements[1].Time);
        Assert.Equal(["delete"], Assert.IsType<TapAnswer>(tap.Answer).Ids);

        var sequence = Assert.IsType<SimulationContent>(Bank.FindItem("device-touch-004")!.Content);
        Assert.Equal(["mail1", "attach", "send"], Assert.IsType<SequenceAnswer>(sequence.Answer).Ids);

        var fields = Assert.IsType<FieldsAnswer>(Assert.IsType<SimulationContent>(Bank.FindItem("device-touch-005")!.Content).Answer);
        Assert.Equal("send", fields.Submit);
        Assert.Equal(["city", "civility", "terms"], fields.Fields.Keys);
        Assert.Equal([NormaliseRule.Trim, NormaliseRule.Case], fields.Fields["city"].Normalise);
    }

    [Fact]
    public void Framework_reads_names_in_both_languages_codes_and_levels()
    {
        var scams = Bank.Framework.FindCompetence("safety.scams")!;

        Assert.Equal(2, Bank.Framework.Domains.Count);
        Assert.Equal("Reconnaître une arnaque", scams.Name.Fr);
        Assert.Equal("Spotting scams", scams.Name.En);
        Assert.Equal(["4.2"], scams.DigComp);
        Assert.Equal(["4.1"], scams.Pix);
        Assert.Equal([1, 2, 3, 4], scams.Levels.Select(l => l.Level));
        Assert.Equal("Using a device", Bank.Framework.Domains[1].Name.En);
        Assert.Equal(["5.2"], Bank.Framework.FindCompetence("device.touch")!.DigComp);
        Assert.Equal("Discovery", Bank.Framework.LevelNames[1].For("en"));
        Assert.Equal("lock", Bank.Framework.Domains[0].Pictogram);
    }

    [Fact]
    public void Resources_read_steps_with_their_duration()
    {
        var steps = Bank.Resources.StepsFor("safety.scams", 1);

        Assert.Equal(["scams-1-video", "scams-1-workshop"], steps.Select(s => s.Id));
        Assert.Equal("video", steps[0].Type);
        Assert.Equal(5, steps[0].DurationMinutes);
        Assert.Equal(120, steps[1].DurationMinutes);
        Assert.Equal(15, Bank.Resources.StepsFor("device.touch", 2)[0].DurationMinutes);
        Assert.Empty(Bank.Resources.StepsFor("device.touch", 3));
    }
}
