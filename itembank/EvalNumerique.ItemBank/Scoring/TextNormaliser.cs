using System.Text;
using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.ItemBank.Scoring;

/// <summary>
/// Applies normalisation rules to typed text and accepted values before comparing them.
/// <c>trim</c> removes white space at both ends; <c>case</c> ignores case; <c>accents</c> removes diacritics
/// (é → e, ç → c, œ → oe, æ → ae, ß → ss, combining marks dropped); <c>spaces</c> removes every white-space
/// character, inside the text too, so "06 12 34 56 78" equals "0612345678" (it does not just collapse runs).
/// The folding table is explicit because the app runs with invariant globalization (no ICU normalisation).
/// </summary>
public static class TextNormaliser
{
    private const string Accented = "àáâãäåāăąÀÁÂÃÄÅĀĂĄçćĉċčÇĆĈĊČďđĎĐèéêëēĕėęěÈÉÊËĒĔĖĘĚĝğġģĜĞĠĢĥĤìíîïĩīĭįıÌÍÎÏĨĪĬĮİĵĴķĶĺļľŀłĹĻĽĿŁñńņňÑŃŅŇòóôõöøōŏőÒÓÔÕÖØŌŎŐŕŗřŔŖŘśŝşšŚŜŞŠţťŢŤùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲŵŴýÿŷÝŸŶźżžŹŻŽ";
    private const string Plain = "aaaaaaaaaAAAAAAAAAcccccCCCCCddDDeeeeeeeeeEEEEEEEEEggggGGGGhHiiiiiiiiiIIIIIIIIIjJkKlllllLLLLLnnnnNNNNoooooooooOOOOOOOOOrrrRRRssssSSSSttTTuuuuuuuuuuUUUUUUUUUUwWyyyYYYzzzZZZ";

    private static readonly Dictionary<char, string> Folding = BuildFolding();

    /// <summary>The text with the rules applied (accents, then case, then trim, then spaces).</summary>
    public static string Normalise(string text, IReadOnlyCollection<NormaliseRule> rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rules);
        var result = text;
        if (rules.Contains(NormaliseRule.Accents))
        {
            result = RemoveAccents(result);
        }

        if (rules.Contains(NormaliseRule.Case))
        {
            result = result.ToLowerInvariant();
        }

        if (rules.Contains(NormaliseRule.Trim))
        {
            result = result.Trim();
        }

        if (rules.Contains(NormaliseRule.Spaces))
        {
            result = string.Concat(result.Where(c => !char.IsWhiteSpace(c)));
        }

        return result;
    }

    /// <summary>Whether two texts are equal once both are normalised by the same rules.</summary>
    public static bool Equivalent(string typed, string accepted, IReadOnlyCollection<NormaliseRule> rules) =>
        string.Equals(Normalise(typed, rules), Normalise(accepted, rules), StringComparison.Ordinal);

    /// <summary>The text without diacritics: letters of Latin-1 and Latin Extended-A folded, combining marks removed.</summary>
    public static string RemoveAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            if (Folding.TryGetValue(c, out var plain))
            {
                builder.Append(plain);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> BuildFolding()
    {
        var map = new Dictionary<char, string>
        {
            ['œ'] = "oe",
            ['Œ'] = "OE",
            ['æ'] = "ae",
            ['Æ'] = "AE",
            ['ß'] = "ss",
        };
        for (var i = 0; i < Accented.Length; i++)
        {
            map[Accented[i]] = Plain[i].ToString();
        }

        return map;
    }
}
