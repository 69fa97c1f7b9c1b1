using EvalNumerique.ItemBank.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>Parses YAML text into a mapping, turning parser failures into diagnostics with a line.</summary>
internal static class YamlDocument
{
    private static void NotWellFormed(FileDiagnostics diagnostics, int yamlLine, string reason) =>
        diagnostics.Error(yamlLine + diagnostics.LineOffset, RuleIds.Yaml,
            $"the YAML is not well-formed: {reason}. Fix: check the indentation (spaces, not tabs), put text containing ': ' " +
            "or ' #' between quotes, and close every [ ] and { }.");

    public static YamlMap? Parse(string yaml, FileDiagnostics diagnostics, string rootDescription)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            NotWellFormed(diagnostics, (int)e.Start.Line, (e.InnerException?.Message ?? e.Message).TrimEnd('.'));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner can fail without a position (e.g. a '[' never closed): use the last event it read.
            NotWellFormed(diagnostics, (int)(parser.Current?.End.Line ?? 1), "a list [ ], a mapping { } or a quote is not closed");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var line = stream.Documents.Count == 0 ? diagnostics.LineOffset + 1 : diagnostics.Line(stream.Documents[0].RootNode);
            diagnostics.Error(line, RuleIds.Yaml,
                $"the YAML is empty or is not a list of 'name: value' fields. Fix: write {rootDescription}.");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Warning(diagnostics.Line(stream.Documents[1].RootNode), RuleIds.Yaml,
                "the file holds several YAML documents; only the first is read. Fix: remove the extra '---' line.");
        }

        diagnostics.Map = SourceMap.Build(root, diagnostics.LineOffset, diagnostics.LineOffset + 1);
        return new YamlMap(root, string.Empty, diagnostics);
    }
}
