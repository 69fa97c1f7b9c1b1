using System.Text;

namespace EvalNumerique.ItemBank.Priors;

/// <summary>
/// Word, sentence and syllable counts of French text for <see cref="TextMeasures.KandelMoles"/>.
/// Syllables are counted the way readability formulas do it by machine: one per group of adjacent vowels
/// (a e i o u y and their accented forms, æ, œ), with three French corrections — the <c>u</c> of
/// <c>qu</c>/<c>gu</c> before a vowel is not a vowel (<c>arnaque</c> = 2), a final mute <c>e</c> or <c>es</c>
/// after a consonant is not spoken when the word has another vowel group (<c>passe</c> = 1, <c>faites</c> = 1),
/// and every word has at least one syllable (<c>SMS</c>, <c>5</c>). Known misses: hiatus (<c>poésie</c>
/// counts 2, spoken 3) and the mute verb ending <c>-ent</c> (<c>parlent</c> counts 2, spoken 1); each miss
/// moves the score of an n-word text by 73.6/n (4.6 points on a 16-word stem).
/// </summary>
public static class FrenchReadability
{
    private const string Vowels = "aeiouyàâäéèêëîïôöùûüÿæœ";

    /// <summary>The counts and reading ease of a text; Markdown marks (<c>**</c>, <c>#</c>, <c>-</c> bullets) are ignored.</summary>
    public static TextMeasures Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        return new TextMeasures(words.Count, CountSentences(text), words.Sum(CountSyllables));
    }

    /// <summary>
    /// The words of a text: maximal runs of letters and digits, joined by an apostrophe (' or ’) or a hyphen
    /// between two letters, so <c>l'arnaque</c>, <c>aujourd'hui</c> and <c>faites-vous</c> are one word each.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch);
            }
            else if (IsJoiner(ch) && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                current.Append(ch);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>
    /// Sentences: stretches holding at least one word and ended by <c>.</c>, <c>!</c>, <c>?</c>, <c>…</c>,
    /// a blank line (a Markdown paragraph break) or the end of the text. A run of marks (<c>?!</c>,
    /// <c>...</c>) ends one sentence; a dot between digits (<c>3.5</c>) ends none.
    /// </summary>
    public static int CountSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var hasWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsLetterOrDigit(ch))
            {
                hasWord = true;
            }
            else if (hasWord && (IsSentenceEnd(text, i) || IsParagraphBreak(text, i)))
            {
                count++;
                hasWord = false;
            }
        }

        return hasWord ? count + 1 : count;
    }

    /// <summary>Spoken syllables of one word (see the type's summary for the rule and its known misses); at least 1.</summary>
    public static int CountSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var total = 0;
        foreach (var part in word.Split(['\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            total += CountPart(part.ToLowerInvariant());
        }

        return Math.Max(1, total);
    }

    private static int CountPart(string part)
    {
        var groups = 0;
        var inGroup = false;
        var lastGroupIsLoneE = false;
        for (var i = 0; i < part.Length; i++)
        {
            var vowel = IsVowel(part[i]) && !IsConsonantalU(part, i);
            if (vowel && !inGroup)
            {
                groups++;
                lastGroupIsLoneE = part[i] == 'e' && (i + 1 == part.Length || !IsVowel(part[i + 1]));
            }

            inGroup = vowel;
        }

        var endsMute = part.EndsWith('e') || part.EndsWith("es", StringComparison.Ordinal);
        return groups > 1 && lastGroupIsLoneE && endsMute ? groups - 1 : groups;
    }

    private static bool IsVowel(char ch) => Vowels.Contains(ch, StringComparison.Ordinal);

    // The u of "qu" and of "gu" before a vowel is written, not spoken: que, guerre, guide.
    private static bool IsConsonantalU(string part, int i) =>
        part[i] == 'u' && i > 0 && (part[i - 1] == 'q' || (part[i - 1] == 'g' && i + 1 < part.Length && IsVowel(part[i + 1])));

    private static bool IsJoiner(char ch) => ch is '\'' or '’' or '-';

    private static bool IsSentenceEnd(string text, int i)
    {
        var ch = text[i];
        if (ch is not ('.' or '!' or '?' or '…'))
        {
            return false;
        }

        var betweenDigits = ch == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
        return !betweenDigits;
    }

    private static bool IsParagraphBreak(string text, int i)
    {
        if (text[i] != '\n')
        {
            return false;
        }

        for (var j = i + 1; j < text.Length && text[j] != '\n'; j++)
        {
            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return text.IndexOf('\n', i + 1) >= 0;
    }
}
