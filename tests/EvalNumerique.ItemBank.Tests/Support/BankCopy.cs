using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Writing;

namespace EvalNumerique.ItemBank.Tests.Support;

/// <summary>An empty bank folder holding a bank's framework, resources and pictures, where items are written back.</summary>
internal sealed class BankCopy : IDisposable
{
    public BankCopy(string sourceBank)
    {
        Root = Path.Combine(Path.GetTempPath(), "evalnum-bankcopy-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(sourceBank, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceBank, file);
            var isItemFile = relative.StartsWith("items", StringComparison.Ordinal) && file.EndsWith(".md", StringComparison.Ordinal);
            var isCode = relative.StartsWith("EvalNumerique", StringComparison.Ordinal);
            if (!isItemFile && !isCode)
            {
                var target = Path.Combine(Root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    public string Root { get; }

    /// <summary>Writes the item at its canonical place and returns the text written.</summary>
    public string Write(Item item)
    {
        var text = ItemFileWriter.Write(item);
        var full = Path.Combine(Root, ItemFileWriter.RelativePath(item));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return text;
    }

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
