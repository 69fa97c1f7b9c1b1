using System.IO.Compression;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Importing;

/// <summary>
/// Reads the files of a folder or a <c>.zip</c> into memory within <see cref="ImportLimits"/>. Nothing is extracted
/// to disk; symbolic links of a folder are not followed; a zip entry is read no further than the limit, whatever
/// size its header claims.
/// </summary>
internal static class ImportSource
{
    public static IReadOnlyList<SourceEntry> Read(string source, ImportLimits limits, List<Diagnostic> problems)
    {
        if (Directory.Exists(source))
        {
            return ReadFolder(source, limits, problems);
        }

        if (!File.Exists(source))
        {
            problems.Add(Problem(source, $"'{source}' is neither a folder nor a file. Fix: give the folder of item files or a .zip of them."));
            return [];
        }

        try
        {
            using var zip = ZipFile.OpenRead(source);
            return ReadZip(zip, source, limits, problems);
        }
        catch (InvalidDataException e)
        {
            problems.Add(Problem(source, $"'{Path.GetFileName(source)}' is not a readable zip ({e.Message}). Fix: create the archive again with a standard zip tool."));
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(Problem(source, $"'{Path.GetFileName(source)}' cannot be read ({e.Message}). Fix: check that the file is readable."));
            return [];
        }
    }

    private static List<SourceEntry> ReadZip(ZipArchive zip, string source, ImportLimits limits, List<Diagnostic> problems)
    {
        var files = zip.Entries.Where(e => !e.FullName.EndsWith('/') && !e.FullName.EndsWith('\\')).ToList();
        if (files.Count > limits.MaxEntries)
        {
            problems.Add(Problem(source, $"the zip holds {files.Count} files, more than the {limits.MaxEntries} an import reads. Fix: split it into smaller zips."));
            return [];
        }

        var entries = new List<SourceEntry>();
        long total = 0;
        foreach (var entry in files)
        {
            if (entry.Length > limits.MaxEntryBytes)
            {
                entries.Add(new SourceEntry(entry.FullName, null, $"it is {entry.Length} bytes once uncompressed, more than {limits.MaxEntryBytes}"));
                continue;
            }

            if (total + entry.Length > limits.MaxTotalBytes)
            {
                problems.Add(Problem(source, $"the zip is larger than {limits.MaxTotalBytes} bytes once uncompressed; the files after '{entry.FullName}' were not read. Fix: split it into smaller zips."));
                break;
            }

            var bytes = ReadEntry(entry, limits.MaxEntryBytes, out var corrupt);
            if (corrupt is not null)
            {
                entries.Add(new SourceEntry(entry.FullName, null, corrupt));
                continue;
            }

            if (bytes is null)
            {
                entries.Add(new SourceEntry(entry.FullName, null, $"it uncompresses to more than {limits.MaxEntryBytes} bytes (its header says less)"));
                continue;
            }

            total += bytes.Length;
            entries.Add(new SourceEntry(entry.FullName, bytes, null));
        }

        return entries;
    }

    private static List<SourceEntry> ReadFolder(string folder, ImportLimits limits, List<Diagnostic> problems)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        };
        var paths = Directory.EnumerateFiles(folder, "*", options).Take(limits.MaxEntries + 1).Order(StringComparer.Ordinal).ToList();
        if (paths.Count > limits.MaxEntries)
        {
            problems.Add(Problem(folder, $"the folder holds more than {limits.MaxEntries} files. Fix: import it in smaller parts."));
            return [];
        }

        var entries = new List<SourceEntry>();
        long total = 0;
        foreach (var path in paths)
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var length = new FileInfo(path).Length;
            if (length > limits.MaxEntryBytes)
            {
                entries.Add(new SourceEntry(name, null, $"it is {length} bytes, more than {limits.MaxEntryBytes}"));
                continue;
            }

            if (total + length > limits.MaxTotalBytes)
            {
                problems.Add(Problem(folder, $"the folder is larger than {limits.MaxTotalBytes} bytes; the files after '{name}' were not read. Fix: import it in smaller parts."));
                break;
            }

            total += length;
            entries.Add(new SourceEntry(name, File.ReadAllBytes(path), null));
        }

        return entries;
    }

    private static byte[]? ReadEntry(ZipArchiveEntry entry, long limit, out string? corrupt)
    {
        corrupt = null;
        try
        {
            using var stream = entry.Open();
            return ReadAtMost(stream, limit);
        }
        catch (InvalidDataException e)
        {
            corrupt = $"it cannot be uncompressed ({e.Message})";
            return null;
        }
    }

    /// <summary>The stream's bytes, or <see langword="null"/> when there are more than <paramref name="limit"/>.</summary>
    private static byte[]? ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Diagnostic Problem(string source, string message) =>
        new(Path.GetFileName(source.TrimEnd('/', '\\')), 1, DiagnosticSeverity.Error, RuleIds.ImportSource, message);
}
