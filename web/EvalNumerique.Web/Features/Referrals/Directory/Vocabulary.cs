using System.Globalization;
using System.Text;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// One enumerated field of the LMN schema: its canonical values and, for a few fields, older names
/// that published files still use. Matching ignores case, accents, curly apostrophes, repeated
/// spaces and the " : explanation" tail of the schema's long labels ("Gratuit : Je peux accéder…").
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _older = new(StringComparer.Ordinal);

    public Vocabulary(string field, IEnumerable<string> values, IEnumerable<KeyValuePair<string, string>>? olderNames = null)
    {
        Field = field;
        Values = values.ToArray();
        foreach (var value in Values) _canonical[Key(value)] = value;
        foreach (var (older, canonical) in olderNames ?? [])
        {
            if (!_canonical.ContainsValue(canonical))
                throw new ArgumentException($"Older name \"{older}\" maps to \"{canonical}\", which is not a value of {field}.", nameof(olderNames));
            _older[Key(older)] = canonical;
        }
    }

    /// <summary>The column or property name, used in messages.</summary>
    public string Field { get; }

    public IReadOnlyList<string> Values { get; }

    public VocabularyMatch Match(string raw)
    {
        var key = Key(raw);
        if (_canonical.TryGetValue(key, out var value)) return new(VocabularyMatchKind.Known, value);
        if (_older.TryGetValue(key, out value)) return new(VocabularyMatchKind.OlderName, value);
        return new(VocabularyMatchKind.Unknown, raw.Trim());
    }

    /// <summary>Folds a label to compare it: "Gratuit : Je peux…" and "gratuit" give the same key.</summary>
    internal static string Key(string raw)
    {
        var text = raw.Replace('\u2019', '\'').Replace('\u00A0', ' ');
        var colon = text.IndexOf(" :", StringComparison.Ordinal);
        if (colon > 0) text = text[..colon];
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }
        return builder.ToString().TrimEnd();
    }
}
