using YamlDotNet.RepresentationModel;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>
/// The file line of every node of a YAML document, by path: <c>answer</c>, <c>irt.a</c>,
/// <c>choices[1].id</c>, <c>screen.elements[0].icon</c>. A path that is not found falls back to its parent.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly int _defaultLine;

    private SourceMap(int defaultLine) => _defaultLine = defaultLine;

    /// <summary>Maps every node of a document; <paramref name="lineOffset"/> is added to YAML's 1-based lines.</summary>
    public static SourceMap Build(YamlNode root, int lineOffset, int defaultLine)
    {
        ArgumentNullException.ThrowIfNull(root);
        var map = new SourceMap(defaultLine);
        map.Walk(root, string.Empty, lineOffset);
        return map;
    }

    /// <summary>A map without nodes: every path gives <paramref name="line"/>.</summary>
    public static SourceMap Constant(int line) => new(line);

    /// <summary>The line of the node at <paramref name="path"/>, or of its nearest mapped parent.</summary>
    public int Line(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = path;
        while (current.Length > 0)
        {
            if (_lines.TryGetValue(current, out var line))
            {
                return line;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            current = cut < 0 ? string.Empty : current[..cut];
        }

        return _defaultLine;
    }

    private void Walk(YamlNode node, string path, int offset)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
                    var child = path.Length == 0 ? name : path + "." + name;
                    _lines.TryAdd(child, (int)key.Start.Line + offset);
                    Walk(value, child, offset);
                }

                break;
            case YamlSequenceNode sequence:
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    var child = $"{path}[{i}]";
                    _lines.TryAdd(child, (int)sequence.Children[i].Start.Line + offset);
                    Walk(sequence.Children[i], child, offset);
                }

                break;
        }
    }
}
