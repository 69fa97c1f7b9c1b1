using System.Xml;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Qti;

/// <summary>Collects the diagnostics of one QTI file, at the line of the element concerned.</summary>
internal sealed class QtiDiagnostics(string path)
{
    private readonly List<Diagnostic> _all = [];

    public string Path { get; } = path;

    public IReadOnlyList<Diagnostic> All => _all;

    public bool HasErrors => _all.Any(d => d.IsError);

    public void Error(XObject? at, string message) => Add(at, DiagnosticSeverity.Error, message);

    public void Warning(XObject? at, string message) => Add(at, DiagnosticSeverity.Warning, message);

    private void Add(XObject? at, DiagnosticSeverity severity, string message) =>
        _all.Add(new Diagnostic(Path, at is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1, severity, RuleIds.Qti, message));
}
