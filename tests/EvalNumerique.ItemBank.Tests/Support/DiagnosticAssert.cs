using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Tests.Support;

/// <summary>Assertions on the diagnostics of a loaded bank.</summary>
internal static class DiagnosticAssert
{
    /// <summary>Exactly one diagnostic of <paramref name="rule"/> for <paramref name="path"/>, with this severity; returns it.</summary>
    public static Diagnostic Single(LoadedBank bank, string path, string rule, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var found = bank.Diagnostics.Where(d => d.Path == path && d.Rule == rule).ToList();
        Assert.True(found.Count == 1,
            $"expected one '{rule}' diagnostic on {path}, got {found.Count}. All diagnostics:\n{string.Join('\n', bank.Diagnostics)}");
        Assert.Equal(severity, found[0].Severity);
        Assert.Contains("Fix:", found[0].Message, StringComparison.Ordinal);
        return found[0];
    }

    /// <summary>The file's item is left out of the bank while the others still load.</summary>
    public static void Skipped(LoadedBank bank, string path, int totalFiles = 9)
    {
        Assert.DoesNotContain(bank.Items, i => i.SourcePath == path);
        Assert.Equal(totalFiles - 1, bank.Items.Count);
    }

    /// <summary>The line of <paramref name="needle"/> (1-based) in a file of the bank.</summary>
    public static int LineOf(TempBank bank, string path, string needle)
    {
        var lines = bank.Read(path).Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(needle, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{needle}' not found in {path}");
        return index + 1;
    }
}
