using System.IO.Compression;
using System.Text;

namespace EvalNumerique.ItemBank.Tests.Importing;

/// <summary>A zip built entry by entry in a temporary file, names taken as given (hostile ones included).</summary>
internal sealed class ImportArchive : IDisposable
{
    private readonly Dictionary<string, byte[]> _entries = new(StringComparer.Ordinal);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evalnum-import-" + Guid.NewGuid().ToString("N") + ".zip");

    public ImportArchive Add(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text));

    public ImportArchive Add(string name, byte[] bytes)
    {
        _entries[name] = bytes;
        return this;
    }

    public string Save()
    {
        using var zip = ZipFile.Open(Path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in _entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(bytes);
        }

        return Path;
    }

    public void Dispose() => File.Delete(Path);
}
