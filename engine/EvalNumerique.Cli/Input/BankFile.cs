using System.Text.Json;
using EvalNumerique.Engine.Models;

namespace EvalNumerique.Cli.Input;

/// <summary>
/// Reads the bank file of the CLI contract:
/// <c>{"D": 1.0, "items": [{"id": "i001", "a": 1.2, "b": -0.3, "c": 0.0, "d": 1.0, "domain": "safety"}]}</c>
/// (D, c, d and domain optional; defaults 1.0, 0, 1, none). Every error names the file, the line
/// and the field.
/// </summary>
public static class BankFile
{
    public static ItemPool Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the bank file ({e.Message})");
        }
        return Parse(bytes, path);
    }

    public static ItemPool Parse(byte[] bytes, string source)
    {
        using var document = JsonLines.Parse(bytes, source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new CliException($"{source}:1: the bank must be a JSON object {{\"D\": 1.0, \"items\": [...]}}");
        double scaling = JsonLines.Number(JsonLines.Property(root, "D"), $"{source}: D", ResponseModel.DefaultScaling);
        if (scaling <= 0) throw new CliException($"{source}: D: must be > 0 (got {scaling})");
        var items = JsonLines.Property(root, "items");
        if (items.ValueKind != JsonValueKind.Array)
            throw new CliException($"{source}: items: must be an array of items{JsonLines.Got(items)}");
        var lines = JsonLines.LinesOfArrayElements(bytes, "items");

        var pool = new List<PoolItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int index = 0;
        foreach (var item in items.EnumerateArray())
        {
            string where = $"{source}:{(index < lines.Count ? lines[index] : 1)}: items[{index}]";
            JsonLines.RequireObject(item, where);
            string id = JsonLines.Text(JsonLines.Property(item, "id"), $"{where}.id");
            if (!seen.Add(id)) throw new CliException($"{where}.id: '{id}' appears twice; ids must be unique");
            var parameters = new ItemParameters(
                JsonLines.Number(JsonLines.Property(item, "a"), $"{where}.a"),
                JsonLines.Number(JsonLines.Property(item, "b"), $"{where}.b"),
                JsonLines.Number(JsonLines.Property(item, "c"), $"{where}.c", 0),
                JsonLines.Number(JsonLines.Property(item, "d"), $"{where}.d", 1));
            if (parameters.Problem() is { } problem)
                throw new CliException($"{where}.{problem[..1]} ('{id}'): {problem} (a={parameters.A}, b={parameters.B}, c={parameters.C}, d={parameters.D})");
            var domain = JsonLines.Property(item, "domain");
            string? domainName = domain.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : JsonLines.Text(domain, $"{where}.domain");
            pool.Add(new PoolItem(id, parameters, domainName));
            index++;
        }
        if (pool.Count == 0) throw new CliException($"{source}: items: the bank has no item");
        return new ItemPool(pool, scaling);
    }
}
