using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Priors;
using EvalNumerique.ItemBank.Tests.Support;

namespace EvalNumerique.ItemBank.Tests.Priors;

public sealed class ItemFeaturesTests
{
    private static readonly LoadedBank Bank = ItemBankLoader.Load(RepoRoot.ItemBank);

    private static ItemFeatures Of(string id) => ItemFeatures.From(Bank.FindItem(id) ?? throw new InvalidOperationException($"{id} not in the bank"));

    [Fact]
    public void A_yes_no_item_with_a_picture()
    {
        // Stem: "Vous recevez ce SMS. / Il dit que vous avez gagné un téléphone. / Faut-il toucher le lien ?"
        // = 4 + 8 + 4 = 16 words, 6 + 12 + 6 = 24 syllables: 207 − 1.015·16/3 − 73.6·24/16 = 91.186667.
        // Audio: 4 + 2 + 1 + 6 + 3 + 4 + 4 = 24 words.
        var f = Of("safety-scams-001");

        Assert.Equal(new ItemFeatures(ItemType.YesNo, "safety", "safety.scams", 1, ResponseOptions: 2, RequiredActions: 1,
            StemWords: 16, AudioWords: 24, f.Readability, HasPicture: true, IsSimulation: false, TagCount: 3), f);
        Assert.Equal(91.186667, f.Readability, precision: 6);
    }

    [Fact]
    public void A_single_choice_item_counts_its_choices_and_their_pictures()
    {
        var f = Of("safety-scams-002");

        Assert.Equal(ItemType.SingleChoice, f.Type);
        Assert.Equal(3, f.ResponseOptions);
        Assert.Equal(1, f.RequiredActions);
        Assert.True(f.HasPicture, "the choices have pictures");
        Assert.Equal(97.120476, f.Readability, precision: 6); // hand count in FrenchReadabilityTests
    }

    [Fact]
    public void A_tap_simulation_counts_its_tappable_elements_not_the_header()
    {
        // Mailbox: header + two list items; the key is one tap. Stem: 4 + 7 + 3 = 14 words (l'e-mail is one word).
        var f = Of("safety-scams-003");

        Assert.True(f.IsSimulation);
        Assert.Equal(2, f.ResponseOptions);
        Assert.Equal(1, f.RequiredActions);
        Assert.Equal(14, f.StemWords);
        Assert.False(f.HasPicture);
    }

    [Fact]
    public void A_form_simulation_needs_each_field_and_the_submit_tap()
    {
        // Form: header, two texts, one input, two buttons; the key fills one field then taps "Valider".
        var f = Of("safety-passwords-004");

        Assert.Equal(3, f.ResponseOptions);
        Assert.Equal(2, f.RequiredActions);
        Assert.Equal(2, f.Level);
    }
}
