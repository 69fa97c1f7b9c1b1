namespace EvalNumerique.ItemBank.Loading;

/// <summary>Suggests the closest known word for a misspelt field or value.</summary>
internal static class Spelling
{
    /// <summary>"did you mean 'x'?" when a known word is close, otherwise "remove it or use one of: …".</summary>
    public static string Suggest(string word, IEnumerable<string> known)
    {
        var list = known.ToList();
        return Closest(word, list) is { } close
            ? $"did you mean '{close}'?"
            : $"remove it or use one of: {string.Join(", ", list)}.";
    }

    /// <summary>" (did you mean 'x'?)" when a known word is close, otherwise an empty text.</summary>
    public static string Hint(string word, IEnumerable<string> known) =>
        Closest(word, known.ToList()) is { } close ? $" (did you mean '{close}'?)" : string.Empty;

    private static string? Closest(string word, List<string> known)
    {
        var best = known.Select(k => (k, d: Distance(word, k))).OrderBy(p => p.d).FirstOrDefault();
        return best.k is not null && best.d <= Math.Max(2, word.Length / 3) ? best.k : null;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
