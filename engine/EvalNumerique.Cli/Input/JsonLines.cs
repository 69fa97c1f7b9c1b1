using System.Text.Json;

namespace EvalNumerique.Cli.Input;

/// <summary>Helpers to read JSON with messages that name the place: a line and a field path.</summary>
public static class JsonLines
{
    /// <summary>Parses a document; a syntax error names its 1-based line.</summary>
    public static JsonDocument Parse(byte[] utf8, string source)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            throw new CliException($"{source}:{line}: malformed JSON ({FirstSentence(e.Message)})");
        }
    }

    /// <summary>1-based line of every element of the top-level array <paramref name="property"/>.</summary>
    public static List<int> LinesOfArrayElements(byte[] utf8, string property)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        bool inArray = false;
        int line = 1;
        long counted = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inArray = reader.ValueTextEquals(property);
                continue;
            }
            if (inArray && reader.CurrentDepth == 2 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
            {
                for (long i = counted; i < reader.TokenStartIndex; i++)
                    if (utf8[i] == (byte)'\n') line++;
                counted = reader.TokenStartIndex;
                lines.Add(line);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
        }
        return lines;
    }

    public static double Number(JsonElement element, string path, double? defaultValue = null)
    {
        if (element.ValueKind == JsonValueKind.Undefined && defaultValue is { } value) return value;
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out double number) || !double.IsFinite(number))
            throw new CliException($"{path}: must be a number{Got(element)}");
        return number;
    }

    public static int WholeNumber(JsonElement element, string path, int? defaultValue = null)
    {
        if (element.ValueKind == JsonValueKind.Undefined && defaultValue is { } value) return value;
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out double number)
            || number != Math.Floor(number) || Math.Abs(number) > int.MaxValue)
            throw new CliException($"{path}: must be a whole number{Got(element)}");
        return (int)number;
    }

    public static string Text(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(element.GetString()))
            throw new CliException($"{path}: must be a non-empty string{Got(element)}");
        return element.GetString()!;
    }

    /// <summary>The property, or an undefined element when it is missing or null (null means "use the default").</summary>
    public static JsonElement Property(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : default;

    public static void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new CliException($"{path}: must be a JSON object{Got(element)}");
    }

    public static string Got(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined => " (missing)",
        JsonValueKind.String => $" (got \"{Truncate(element.GetString()!)}\")",
        JsonValueKind.Object => " (got an object)",
        JsonValueKind.Array => " (got an array)",
        _ => $" (got {Truncate(element.GetRawText())})",
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end >= 0 ? message[..end] : message).TrimEnd('.');
    }
}
