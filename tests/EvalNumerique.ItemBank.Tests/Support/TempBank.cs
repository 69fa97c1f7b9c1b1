using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Tests.Support;

/// <summary>A copy of Fixtures/ValidBank in a temporary folder, to break one file per test.</summary>
internal sealed class TempBank : IDisposable
{
    public static readonly string ValidBank = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ValidBank");

    public TempBank()
    {
        Root = Path.Combine(Path.GetTempPath(), "evalnum-itembank-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(ValidBank, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(ValidBank, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public TempBank Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>Rewrites a file of the valid bank, replacing <paramref name="from"/> (which must occur) by <paramref name="to"/>.</summary>
    public TempBank Edit(string relativePath, string from, string to)
    {
        var text = Read(relativePath);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return Write(relativePath, text.Replace(from, to, StringComparison.Ordinal));
    }

    public TempBank Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    public LoadedBank Load() => ItemBankLoader.Load(Root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
