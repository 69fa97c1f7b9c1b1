using System.Globalization;
using EvalNumerique.ItemBank.Validation;
using YamlDotNet.RepresentationModel;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>
/// Typed, reporting access to a YAML mapping: every getter checks the node's kind, reports a diagnostic
/// at the node's line when it is wrong or missing, and returns <see langword="null"/> instead of throwing.
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, string path, FileDiagnostics diagnostics)
{
    public YamlMappingNode Node { get; } = node;

    public string Path { get; } = path;

    public FileDiagnostics Diagnostics { get; } = diagnostics;

    public IEnumerable<string> Keys => Node.Children.Keys.Select(KeyName);

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public int Line(string key) => Diagnostics.Map.Line(Child(key));

    public static bool IsNull(YamlNode? node) =>
        node is null || (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && s.Value is null or "" or "~" or "null");

    public bool Has(string key) => !IsNull(Get(key));

    public YamlNode? Get(string key)
    {
        foreach (var (k, v) in Node.Children)
        {
            if (KeyName(k) == key)
            {
                return v;
            }
        }

        return null;
    }

    public string? Text(string key, bool required = false, string? example = null)
    {
        var node = Present(key, required, example);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? string.Empty;
        }

        WrongKind(key, "a text", example);
        return null;
    }

    public double? Number(string key, bool required = false, string? example = null)
    {
        var text = Text(key, required, example);
        if (text is null)
        {
            return null;
        }

        var value = text.Trim() switch
        {
            ".inf" or "+.inf" or ".Inf" or "+.Inf" => double.PositiveInfinity,
            "-.inf" or "-.Inf" => double.NegativeInfinity,
            ".nan" or ".NaN" => double.NaN,
            var t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null,
        };
        if (value is null)
        {
            WrongKind(key, "a number with a dot for decimals (e.g. 0.5)", example);
        }

        return value;
    }

    public int? Integer(string key, bool required = false, string? example = null)
    {
        var text = Text(key, required, example);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongKind(key, "a whole number", example);
        return null;
    }

    public bool? Boolean(string key, bool required = false, string? example = null)
    {
        var text = Text(key, required, example);
        switch (text?.Trim())
        {
            case null:
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                WrongKind(key, "true or false", example);
                return null;
        }
    }

    public YamlMap? Map(string key, bool required = false, string? example = null)
    {
        var node = Present(key, required, example);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, Child(key), Diagnostics);
        }

        WrongKind(key, "a mapping of fields ({ name: value, … })", example);
        return null;
    }

    /// <summary>A list of mappings; elements that are not mappings are reported and left out.</summary>
    public IReadOnlyList<YamlMap>? MapList(string key, bool required = false, string? example = null)
    {
        var node = Present(key, required, example);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            WrongKind(key, "a list (lines starting with '- ')", example);
            return null;
        }

        var result = new List<YamlMap>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var itemPath = $"{Child(key)}[{i}]";
            if (sequence.Children[i] is YamlMappingNode mapping)
            {
                result.Add(new YamlMap(mapping, itemPath, Diagnostics));
            }
            else
            {
                Diagnostics.Error(itemPath, RuleIds.ValueKind,
                    $"entry {i + 1} of '{Child(key)}' must be a mapping of fields. Fix: write it as {example ?? "{ id: …, … }"}.");
            }
        }

        return result;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one when <paramref name="allowSingle"/>.</summary>
    public IReadOnlyList<string>? TextList(string key, bool required = false, bool allowSingle = true, string? example = null)
    {
        var node = Present(key, required, example);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar when allowSingle:
                return [scalar.Value ?? string.Empty];
            case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                return sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? string.Empty).ToList();
            default:
                WrongKind(key, "a list of texts ([a, b])", example);
                return null;
        }
    }

    /// <summary>Reports a warning for every key not in <paramref name="known"/>; <paramref name="otherType"/> names keys that belong elsewhere.</summary>
    public void WarnUnknown(IReadOnlyCollection<string> known, Func<string, string?>? otherType = null)
    {
        foreach (var key in Keys)
        {
            if (known.Contains(key))
            {
                continue;
            }

            var elsewhere = otherType?.Invoke(key);
            var where = Path.Length == 0 ? string.Empty : $" in '{Path}'";
            var message = elsewhere is not null
                ? $"field '{key}'{where} {elsewhere}; it is ignored. Fix: remove it."
                : $"unknown field '{key}'{where}; it is ignored. Fix: {Spelling.Suggest(key, known)}";
            Diagnostics.Warning(Child(key), RuleIds.UnknownField, message);
        }
    }

    private YamlNode? Present(string key, bool required, string? example)
    {
        var node = Get(key);
        if (!IsNull(node))
        {
            return node;
        }

        if (required)
        {
            var what = node is null ? "is missing" : "is empty";
            var where = Path.Length == 0 ? string.Empty : $" in '{Path}'";
            var line = node is null ? Diagnostics.Map.Line(Path) : Line(key);
            Diagnostics.Error(line, RuleIds.RequiredField,
                $"required field '{key}'{where} {what}. Fix: add '{key}: {example ?? "…"}'.");
        }

        return null;
    }

    private void WrongKind(string key, string expected, string? example) =>
        Diagnostics.Error(Child(key), RuleIds.ValueKind,
            $"'{Child(key)}' must be {expected}. Fix: write it like '{key}: {example ?? "…"}'.");

    private static string KeyName(YamlNode key) => key is YamlScalarNode s ? s.Value ?? string.Empty : key.ToString();
}
