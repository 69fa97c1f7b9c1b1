using System.Text.Json;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Cli.Input;

/// <summary>
/// Reads the scored answers of <c>evalnum calibrate</c>, in long format (one answer per row):
/// CSV with the header <c>person,item,score</c> (columns in any order, score 0 or 1, no quoted
/// commas), or JSON <c>{"responses": [{"person": "p1", "item": "i001", "score": 1}]}</c>. Person and
/// item ids are free text; items are numbered in order of first appearance. The whole file is read
/// and checked before anything is computed; the first problem names the file, the line and the fix.
/// </summary>
public sealed class ResponsesFile
{
    private ResponsesFile(List<string> itemIds, List<List<Response>> persons)
    {
        ItemIds = itemIds;
        Persons = persons;
    }

    /// <summary>Item ids in order of first appearance.</summary>
    public IReadOnlyList<string> ItemIds { get; }

    /// <summary>Each person's answers, persons in order of first appearance; items index <see cref="ItemIds"/>.</summary>
    public IReadOnlyList<IReadOnlyList<Response>> Persons { get; }

    public static ResponsesFile Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the responses file ({e.Message})");
        }
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ParseJson(bytes, path) : ParseCsv(bytes, path);
    }

    public static ResponsesFile ParseCsv(byte[] bytes, string source)
    {
        var builder = new Builder(source);
        using var reader = new StringReader(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        int lineNumber = 0;
        int person = -1, item = -1, score = -1, columns = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split(',').Select(Unquote).ToArray();
            if (columns == 0)
            {
                columns = cells.Length;
                person = Array.FindIndex(cells, c => c.Equals("person", StringComparison.OrdinalIgnoreCase));
                item = Array.FindIndex(cells, c => c.Equals("item", StringComparison.OrdinalIgnoreCase));
                score = Array.FindIndex(cells, c => c.Equals("score", StringComparison.OrdinalIgnoreCase));
                if (person < 0 || item < 0 || score < 0 || columns != 3)
                    throw new CliException($"{source}:{lineNumber}: the first line must be the header person,item,score (got \"{Truncate(line)}\")");
                continue;
            }
            if (cells.Length != columns)
                throw new CliException($"{source}:{lineNumber}: expected {columns} comma-separated values (person,item,score), got {cells.Length}; ids must not contain commas");
            int value = cells[score] switch
            {
                "0" => 0,
                "1" => 1,
                _ => throw new CliException($"{source}:{lineNumber}: score must be 0 or 1 (got \"{Truncate(cells[score])}\")"),
            };
            builder.Add(cells[person], cells[item], value, lineNumber);
        }
        if (columns == 0) throw new CliException($"{source}:1: the file is empty; it needs the header person,item,score and one row per answer");
        return builder.Build();
    }

    public static ResponsesFile ParseJson(byte[] bytes, string source)
    {
        using var document = JsonLines.Parse(bytes, source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new CliException($"{source}:1: must be a JSON object {{\"responses\": [{{\"person\": \"p1\", \"item\": \"i001\", \"score\": 1}}]}}");
        var responses = JsonLines.Property(root, "responses");
        if (responses.ValueKind != JsonValueKind.Array)
            throw new CliException($"{source}: responses: must be an array of {{\"person\", \"item\", \"score\"}} objects{JsonLines.Got(responses)}");
        var lines = JsonLines.LinesOfArrayElements(bytes, "responses");
        var builder = new Builder(source);
        int index = 0;
        foreach (var row in responses.EnumerateArray())
        {
            int line = index < lines.Count ? lines[index] : 1;
            string where = $"{source}:{line}: responses[{index}]";
            JsonLines.RequireObject(row, where);
            string person = Id(JsonLines.Property(row, "person"), $"{where}.person");
            string item = JsonLines.Text(JsonLines.Property(row, "item"), $"{where}.item");
            int score = JsonLines.WholeNumber(JsonLines.Property(row, "score"), $"{where}.score");
            if (score is not (0 or 1)) throw new CliException($"{where}.score: must be 0 or 1 (got {score})");
            builder.Add(person, item, score, line);
            index++;
        }
        return builder.Build();
    }

    /// <summary>A person id may be a string or a whole number (exported row numbers).</summary>
    private static string Id(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Number ? JsonLines.WholeNumber(element, path).ToString(System.Globalization.CultureInfo.InvariantCulture) : JsonLines.Text(element, path);

    private static string Unquote(string cell)
    {
        string trimmed = cell.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed[1..^1] : trimmed;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private sealed class Builder(string source)
    {
        private readonly Dictionary<string, int> _items = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _persons = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Person, int Item), int> _lineOf = [];
        private readonly List<string> _itemIds = [];
        private readonly List<List<Response>> _answers = [];

        public void Add(string person, string item, int score, int line)
        {
            if (person.Length == 0) throw new CliException($"{source}:{line}: person is empty; give every answer the id of who answered");
            if (item.Length == 0) throw new CliException($"{source}:{line}: item is empty; give every answer the id of its item");
            if (!_items.TryGetValue(item, out int i)) { i = _itemIds.Count; _items.Add(item, i); _itemIds.Add(item); }
            if (!_persons.TryGetValue(person, out int j)) { j = _answers.Count; _persons.Add(person, j); _answers.Add([]); }
            if (_lineOf.TryGetValue((j, i), out int first))
                throw new CliException($"{source}:{line}: person '{person}' already answered item '{item}' on line {first}; keep one answer per person and item");
            _lineOf.Add((j, i), line);
            _answers[j].Add(new Response(i, score));
        }

        public ResponsesFile Build()
        {
            if (_answers.Count == 0) throw new CliException($"{source}: no answers; add one row per answer (person, item, score)");
            return new ResponsesFile(_itemIds, _answers);
        }
    }
}
