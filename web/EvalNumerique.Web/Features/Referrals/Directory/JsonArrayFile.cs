using System.Globalization;
using System.Text.Json;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// Reads a JSON file holding one array of objects, and gives each element with the line where it
/// starts, so errors can point at it. Syntax errors become a file-level <see cref="DirectoryRowError"/>
/// with the line and position from <see cref="JsonException"/>; nothing is thrown.
/// </summary>
internal static class JsonArrayFile
{
    public static IReadOnlyList<JsonArrayElement>? Read(Stream stream, string fileName, DirectoryLimits limits, out DirectoryRowError? error)
    {
        var bytes = ReadBounded(stream, limits.MaxBytes);
        if (bytes is null)
        {
            error = new(1, DirectoryRowError.FileField, $"\"{fileName}\" is larger than {limits.MaxBytesText}, the most one import accepts. Import only your territory, or split the file.");
            return null;
        }
        var json = bytes.AsSpan();
        if (json.StartsWith("\uFEFF"u8)) json = json[3..];
        if (json.IsEmpty || json.Trim(" \t\r\n"u8).IsEmpty)
        {
            error = new(1, DirectoryRowError.FileField, $"\"{fileName}\" is empty; it must hold a JSON array: [ {{ … }}, {{ … }} ].");
            return null;
        }
        var elements = new List<JsonArrayElement>();
        int countedTo = 0, line = 1;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read())
            {
                error = new(1, DirectoryRowError.FileField, $"\"{fileName}\" is empty; it must hold a JSON array: [ {{ … }}, {{ … }} ].");
                return null;
            }
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                error = new(1, DirectoryRowError.FileField, $"\"{fileName}\" does not start with a JSON array; data·inclusion files are a list: [ {{ … }}, {{ … }} ].");
                return null;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                // Elements come in order, so each byte is scanned once for line breaks.
                var start = (int)reader.TokenStartIndex;
                line += json[countedTo..start].Count((byte)'\n');
                countedTo = start;
                if (elements.Count >= limits.MaxRows)
                {
                    error = new(line, DirectoryRowError.FileField, $"\"{fileName}\" has more than {limits.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} entries, the most one import accepts. Import only your territory, or split the file.");
                    return null;
                }
                using var document = JsonDocument.ParseValue(ref reader);
                elements.Add(new(line, document.RootElement.Clone()));
            }
            while (reader.Read())
            {
                // Reading to the end makes text after the closing ] a syntax error, as it should be.
            }
        }
        catch (JsonException ex)
        {
            var errorLine = (int)(ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            error = new(errorLine, DirectoryRowError.FileField, $"\"{fileName}\" is not valid JSON at line {errorLine}, position {position}: {ex.Message} Nothing was imported from it; fix the file and import it again.");
            return null;
        }
        error = null;
        return elements;
    }

    /// <summary>The whole stream, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadBounded(Stream stream, long maxBytes)
    {
        if (stream.CanSeek && stream.Length - stream.Position > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
