using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Writing;

namespace EvalNumerique.ItemBank.Tests.Writing;

public sealed class ItemFileWriterTests
{
    [Fact]
    public void Every_real_item_written_back_loads_as_the_same_item_without_any_diagnostic()
    {
        var original = ItemBankLoader.Load(RepoRoot.ItemBank);
        Assert.Equal(original.ItemFileCount, original.Items.Count);
        using var copy = new BankCopy(RepoRoot.ItemBank);
        foreach (var item in original.Items)
        {
            copy.Write(item);
        }

        var reloaded = ItemBankLoader.Load(copy.Root);

        Assert.True(reloaded.Diagnostics.Count == original.Diagnostics.Count,
            "diagnostics after writing:\n" + string.Join('\n', reloaded.Diagnostics));
        Assert.Equal(original.Items.Count, reloaded.Items.Count);
        foreach (var item in original.Items)
        {
            var again = reloaded.FindItem(item.Id);
            Assert.NotNull(again);
            var differences = ItemDifferences.Between(item, again);
            Assert.True(differences.Count == 0, $"{item.Id} differs in {string.Join(", ", differences)}");
            Assert.Equal(ItemFileWriter.RelativePath(item), again.SourcePath);
        }
    }

    [Fact]
    public void The_real_bank_has_no_diagnostic_so_the_round_trip_compares_against_zero()
    {
        Assert.Empty(ItemBankLoader.Load(RepoRoot.ItemBank).Diagnostics);
    }

    [Fact]
    public void Writing_what_was_read_from_written_text_gives_the_same_text()
    {
        var bank = ItemBankLoader.Load(RepoRoot.ItemBank);
        foreach (var item in bank.Items)
        {
            var first = ItemFileWriter.Write(item);
            var read = ItemBankLoader.CheckItem(bank.Root, ItemFileWriter.RelativePath(item), first, bank.Framework);
            Assert.True(read.Item is not null, $"{item.Id}:\n" + string.Join('\n', read.Diagnostics));

            Assert.Equal(first, ItemFileWriter.Write(read.Item));
        }
    }

    [Fact]
    public void Texts_with_guillemets_apostrophes_colons_hashes_quotes_and_line_breaks_survive()
    {
        var bank = ItemBankLoader.Load(TempBank.ValidBank);
        var item = bank.Items.Single(i => i.SourcePath == Paths.SingleChoice);
        var content = (SingleChoiceContent)item.Content;
        var tricky = item with
        {
            Audio = "Vous lisez : « Votre colis est bloqué ». C'est l'arnaque # 1 ? \"Oui\" \\ non." + new string('x', 30)
                + " et une phrase très longue qui dépasse la largeur d'une ligne pour que le texte soit plié en plusieurs lignes à l'écriture.",
            Feedback = "Première ligne.\nDeuxième ligne : avec deux-points.\n\n  Indentée, et\ttabulée ",
            Tags = ["null", "écran d'accueil", "a: b", "- tiret", "#dièse", "[crochet]", "yes"],
            Stem = "Vous recevez ce SMS :\n\n> « Payez 1,99 € »\n\n---\n\n**Que faites-vous ?**",
            Content = content with
            {
                Choices = [.. content.Choices.Select((c, i) => c with { Text = i == 0 ? "Je réponds : « STOP »" : "- {pas une liste}, ni: un champ" })],
            },
        };

        var text = ItemFileWriter.Write(tricky);
        var read = ItemBankLoader.CheckItem(bank.Root, Paths.SingleChoice, text, bank.Framework);

        Assert.True(read.Item is not null, text + "\n" + string.Join('\n', read.Diagnostics));
        Assert.Empty(ItemDifferences.Between(tricky, read.Item));
        Assert.Equal(text, ItemFileWriter.Write(read.Item));
    }

    [Fact]
    public void Front_matter_keys_come_in_the_documented_order()
    {
        var bank = ItemBankLoader.Load(RepoRoot.ItemBank);
        string[] order = ["id", "competence", "type", "level", "irt", "status", "version", "audio", "audio_file", "image",
            "choices", "regions", "input", "screen", "answer", "enemies", "feedback", "tags"];
        foreach (var item in bank.Items)
        {
            var keys = ItemFileWriter.Write(item).Split('\n').Skip(1).TakeWhile(l => l != "---")
                .Where(l => l.Length > 0 && char.IsLetter(l[0])).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
            var positions = keys.Select(k => Array.IndexOf(order, k)).ToList();
            Assert.DoesNotContain(-1, positions);
            Assert.Equal(positions.Order(), positions);
        }
    }

    [Fact]
    public void The_documented_example_is_written_as_in_format_md()
    {
        var bank = ItemBankLoader.Load(TempBank.ValidBank);
        var item = bank.Items.Single(i => i.SourcePath == Paths.SingleChoice);

        var text = ItemFileWriter.Write(item);

        Assert.StartsWith("---\nid: safety-scams-001\ncompetence: safety.scams\ntype: single-choice\nlevel: ", text, StringComparison.Ordinal);
        Assert.Contains("irt: { a: 1.0, b: -1.5, c: 0.15, d: 1.0, calibrated: false }\n", text, StringComparison.Ordinal);
        Assert.Contains("audio: >-\n  ", text, StringComparison.Ordinal);
        Assert.Contains("\n  - { id: b, text: \"", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }
}
