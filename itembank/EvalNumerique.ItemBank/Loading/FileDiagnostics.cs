using YamlDotNet.RepresentationModel;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>Collects the diagnostics of one file and turns YAML positions into file lines.</summary>
internal sealed class FileDiagnostics(string path, int lineOffset, List<Diagnostic> sink)
{
    public string Path { get; } = path;

    public int LineOffset { get; } = lineOffset;

    public bool HasErrors { get; private set; }

    public SourceMap Map { get; set; } = SourceMap.Constant(1);

    public int Line(YamlNode node) => (int)node.Start.Line + LineOffset;

    public void Error(int line, string rule, string message)
    {
        HasErrors = true;
        sink.Add(new Diagnostic(Path, Math.Max(line, 1), DiagnosticSeverity.Error, rule, message));
    }

    public void Warning(int line, string rule, string message) =>
        sink.Add(new Diagnostic(Path, Math.Max(line, 1), DiagnosticSeverity.Warning, rule, message));

    public void Error(string mapPath, string rule, string message) => Error(Map.Line(mapPath), rule, message);

    public void Warning(string mapPath, string rule, string message) => Warning(Map.Line(mapPath), rule, message);
}
