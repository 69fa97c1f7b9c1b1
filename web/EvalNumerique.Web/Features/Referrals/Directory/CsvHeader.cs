namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>The first line of a CSV file: read alone so that the delimiter can be chosen from it.</summary>
internal static class CsvHeader
{
    /// <summary>
    /// Reads the first physical line, at most <paramref name="maxChars"/> characters (null if the
    /// text is empty; <paramref name="tooLong"/> when the line never ends, as in a binary file).
    /// </summary>
    public static string? ReadFirstLine(TextReader reader, int maxChars, out bool tooLong)
    {
        tooLong = false;
        var line = new System.Text.StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c < 0) return line.Length == 0 ? null : line.ToString();
            if (c == '\n') return line.ToString();
            if (c == '\r')
            {
                if (reader.Peek() == '\n') reader.Read();
                return line.ToString();
            }
            if (line.Length >= maxChars)
            {
                tooLong = true;
                return null;
            }
            line.Append((char)c);
        }
    }

    /// <summary>
    /// The delimiter: "," (the schema's) or ";" (French spreadsheets), whichever occurs more often
    /// outside quotes in the header; "," on a tie.
    /// </summary>
    public static char DetectDelimiter(string header)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }
}
