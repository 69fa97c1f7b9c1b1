using EvalNumerique.ItemBank.Priors;

namespace EvalNumerique.ItemBank.Tests.Priors;

public sealed class FrenchReadabilityTests
{
    // Hand-counted spoken syllables (standard French, final mute e silent): ta-ble = 1, té-lé-phone = 3…
    [Theory]
    [InlineData("chat", 1)]
    [InlineData("maison", 2)]
    [InlineData("téléphone", 3)]
    [InlineData("ordinateur", 4)]
    [InlineData("arnaque", 2)]
    [InlineData("oiseau", 2)]
    [InlineData("aujourd'hui", 3)]
    [InlineData("passe", 1)]
    [InlineData("faites", 1)]
    [InlineData("recevez", 3)]
    [InlineData("bancaire", 2)]
    [InlineData("idée", 2)]
    [InlineData("guerre", 1)]
    [InlineData("guide", 1)]
    [InlineData("aigu", 2)]
    [InlineData("peut-être", 2)]
    [InlineData("anniversaire", 4)]
    [InlineData("Réponse", 2)]
    [InlineData("que", 1)]
    [InlineData("SMS", 1)]
    public void Syllables_match_a_hand_count(string word, int syllables)
    {
        Assert.Equal(syllables, FrenchReadability.CountSyllables(word));
    }

    [Theory]
    [InlineData("poésie", 2)]  // spoken po-é-sie = 3: a hiatus is one vowel group
    [InlineData("parlent", 2)] // spoken parl' = 1: the verb ending -ent is not recognised
    public void Known_misses_of_the_vowel_group_rule_are_as_documented(string word, int counted)
    {
        Assert.Equal(counted, FrenchReadability.CountSyllables(word));
    }

    [Fact]
    public void Apostrophes_and_hyphens_keep_a_word_whole_and_markdown_marks_are_ignored()
    {
        var words = FrenchReadability.Words("**Que faites-vous ?** L'arnaque, aujourd’hui…");

        Assert.Equal(["Que", "faites-vous", "L'arnaque", "aujourd’hui"], words);
    }

    [Theory]
    [InlineData("Vous recevez ce SMS.\n\nIl dit que vous avez gagné.\n\n**Faut-il toucher le lien ?**", 3)]
    [InlineData("Prix : 3.5 euros. Oui !", 2)]
    [InlineData("Quoi ?! Non...", 2)]
    [InlineData("Bonjour\n\nAu revoir", 2)]
    [InlineData("Bonjour\nau revoir", 1)]
    [InlineData("", 0)]
    public void Sentences_end_at_final_marks_and_paragraph_breaks(string text, int sentences)
    {
        Assert.Equal(sentences, FrenchReadability.CountSentences(text));
    }

    [Fact]
    public void Kandel_Moles_of_a_hand_counted_two_sentence_text()
    {
        // 7 words (le chat dort / il fait beau aujourd'hui), 2 sentences,
        // 9 syllables (1+1+1 / 1+1+1+3): 207 − 1.015·7/2 − 73.6·9/7 = 108.818929.
        var measures = FrenchReadability.Measure("Le chat dort. Il fait beau aujourd'hui.");

        Assert.Equal(new TextMeasures(7, 2, 9), measures);
        Assert.Equal(108.818929, measures.KandelMoles, precision: 6);
    }

    [Fact]
    public void Kandel_Moles_of_a_hand_counted_item_stem()
    {
        // safety-scams-002: 4 + 8 + 2 = 14 words in 3 sentences;
        // syllables un 1, in-con-nu 3, vous 1, ap-pelle 2 | il 1, de-mande 2, le 1, code 1, de 1, votre 1,
        // carte 1, ban-caire 2 | que 1, faites-vous 2 = 7 + 10 + 3 = 20: 207 − 1.015·14/3 − 73.6·20/14 = 97.120476.
        var measures = FrenchReadability.Measure("Un inconnu vous appelle.\n\nIl demande le code de votre carte bancaire.\n\n**Que faites-vous ?**");

        Assert.Equal(new TextMeasures(14, 3, 20), measures);
        Assert.Equal(97.120476, measures.KandelMoles, precision: 6);
    }
}
