using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Tests.Loading;

public sealed class CheckItemTests
{
    private static readonly LoadedBank Bank = ItemBankLoader.Load(TempBank.ValidBank);

    [Fact]
    public void An_item_text_can_be_checked_alone_for_the_editor_preview()
    {
        var text = File.ReadAllText(Path.Combine(TempBank.ValidBank, Paths.SingleChoice));

        var result = ItemBankLoader.CheckItem(TempBank.ValidBank, Paths.SingleChoice, text, Bank.Framework);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("safety-scams-001", result.Item?.Id);
    }

    [Fact]
    public void A_broken_item_text_gives_no_item_and_its_diagnostics()
    {
        var text = File.ReadAllText(Path.Combine(TempBank.ValidBank, Paths.SingleChoice)).Replace("answer: b", "answer: e", StringComparison.Ordinal);

        var result = ItemBankLoader.CheckItem(TempBank.ValidBank, Paths.SingleChoice, text, Bank.Framework);

        Assert.Null(result.Item);
        Assert.Equal(RuleIds.Answer, Assert.Single(result.Diagnostics).Rule);
    }

    [Fact]
    public void Readme_files_under_items_are_notes_not_items()
    {
        using var temp = new TempBank().Write("items/safety/README.md", "# Notes pour les formateurs\n");

        Assert.Empty(temp.Load().Diagnostics);
    }
}
