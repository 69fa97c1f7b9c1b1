using System.IO.Compression;
using System.Xml.Linq;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Qti;

namespace EvalNumerique.ItemBank.Tests.Qti;

/// <summary>The real bank exported once as a QTI package in a temporary zip, opened for reading.</summary>
internal sealed class QtiPackage : IDisposable
{
    public QtiPackage(LoadedBank bank)
    {
        Bank = bank;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evalnum-qti-" + Guid.NewGuid().ToString("N") + ".zip");
        using (var file = File.Create(Path))
        {
            Report = QtiPackageWriter.Write(bank.Items, bank.Root, file);
        }

        using var zip = ZipFile.OpenRead(Path);
        Entries = zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
    }

    public LoadedBank Bank { get; }

    public string Path { get; }

    public QtiExportReport Report { get; }

    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public XDocument Document(string entry) => XDocument.Load(new MemoryStream(Entries[entry]));

    /// <summary>A copy of the package whose manifest went through <paramref name="edit"/>.</summary>
    public string WithManifest(Action<XDocument> edit)
    {
        var manifest = Document("imsmanifest.xml");
        edit(manifest);
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evalnum-qti-" + Guid.NewGuid().ToString("N") + ".zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in Entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(name == "imsmanifest.xml" ? QtiPackageWriter.Serialise(manifest, indent: true) : bytes);
        }

        return path;
    }

    /// <summary>A copy of the package without <paramref name="entry"/>.</summary>
    public string Without(string entry)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evalnum-qti-" + Guid.NewGuid().ToString("N") + ".zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, bytes) in Entries.Where(e => e.Key != entry))
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(bytes);
        }

        return path;
    }

    public void Dispose() => File.Delete(Path);
}
