namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// Counts of a French text and its Kandel–Moles reading ease, the adaptation to French of Flesch's
/// reading ease: L = 207 − 1.015 · (words / sentences) − 73.6 · (syllables / words)
/// (Kandel &amp; Moles, 1958, "Application de l'indice de Flesch à la langue française", Cahiers Études de
/// Radio-Télévision 19, 253–274; Flesch, 1948, J. Applied Psychology 32, 221–233). Higher is easier; plain
/// FALC sentences score about 90–110.
/// </summary>
/// <param name="Words">Words (runs of letters or digits; apostrophes and hyphens keep a word whole).</param>
/// <param name="Sentences">Sentences (ended by . ! ? … or a paragraph break).</param>
/// <param name="Syllables">Spoken syllables as counted by <see cref="FrenchReadability.CountSyllables"/>.</param>
public readonly record struct TextMeasures(int Words, int Sentences, int Syllables)
{
    /// <summary>Words per sentence (0 for an empty text).</summary>
    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;

    /// <summary>Syllables per word (0 for an empty text).</summary>
    public double SyllablesPerWord => Words == 0 ? 0 : (double)Syllables / Words;

    /// <summary>
    /// The Kandel–Moles reading ease 207 − 1.015 · words/sentence − 73.6 · syllables/word; an empty text has
    /// no reading difficulty and scores the constant 207.
    /// </summary>
    public double KandelMoles => 207 - 1.015 * WordsPerSentence - 73.6 * SyllablesPerWord;
}
