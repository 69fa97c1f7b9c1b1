using System.Text;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Importing;

/// <summary>
/// Imports item files (and their pictures) from a folder or a <c>.zip</c> into a bank. <see cref="DryRun"/> reads
/// and checks everything against the bank — its framework, its items, its pictures plus those of the import —
/// and says per file whether it is new, changed, unchanged, invalid (with the loader's diagnostics, file and line)
/// or skipped, without writing anything. <see cref="Apply"/> then writes only the new and changed valid files,
/// each one atomically (written beside its target, then moved over it).
/// </summary>
public static class ItemImport
{
    private static readonly string[] AssetExtensions = [".svg", ".png", ".jpg", ".jpeg", ".mp3", ".ogg", ".opus", ".m4a", ".wav", ".webm"];

    /// <summary>What importing <paramref name="source"/> (a folder or a .zip) into the bank at <paramref name="itembankDirectory"/> would do.</summary>
    public static ImportReport DryRun(string source, string itembankDirectory, ImportLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(itembankDirectory);
        var bank = ItemBankLoader.Load(itembankDirectory);
        var problems = new List<Diagnostic>();
        var entries = ImportSource.Read(source, limits ?? ImportLimits.Default, problems);
        var named = entries.Select(e => (Entry: e, Path: EntryName.ToBankPath(e.Name, out var refusal), Refusal: e.Refusal ?? refusal)).ToList();

        var incoming = named.Where(n => n.Refusal is null && n.Path is not null && IsAsset(n.Path))
            .GroupBy(n => FullPath(bank.Root, n.Path!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Entry.Bytes!, StringComparer.Ordinal);
        var context = new ValidationContext(bank.Root, bank.Framework, incoming);
        var itemIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<ImportedFile>();
        foreach (var (entry, path, refusal) in named.OrderBy(n => n.Entry.Name, StringComparer.Ordinal))
        {
            if (refusal is not null || path is null || entry.Bytes is null)
            {
                files.Add(Refused(entry.Name, path, refusal ?? "it could not be read"));
            }
            else if (IsAsset(path))
            {
                files.Add(Asset(entry, path, bank.Root));
            }
            else if (IsItemFile(path))
            {
                files.Add(ItemFile(entry, path, bank, context, itemIds));
            }
            else
            {
                files.Add(new ImportedFile(entry.Name, path, ImportStatus.Skipped, null, [],
                    [new Diagnostic(path, 1, DiagnosticSeverity.Warning, RuleIds.ImportEntry,
                        "not an item file (.md under items/) nor a picture or audio file; it is ignored. Fix: nothing to do, or remove it from the import.")]));
            }
        }

        CheckEnemies(files, bank, itemIds.Keys);
        return new ImportReport(source, files, problems);
    }

    /// <summary>
    /// Writes the new and changed valid files of <paramref name="report"/> into the bank at <paramref name="itembankDirectory"/>;
    /// returns their bank-relative paths. Invalid, unchanged and skipped files are not touched.
    /// </summary>
    public static IReadOnlyList<string> Apply(ImportReport report, string itembankDirectory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(itembankDirectory);
        var root = Path.GetFullPath(itembankDirectory);
        var written = new List<string>();
        foreach (var file in report.Files.Where(f => f.WouldWrite && f.Content is not null && f.TargetPath is not null))
        {
            var target = FullPath(root, file.TargetPath!);
            if (!target.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"'{file.TargetPath}' resolves outside the bank; EntryName should have refused it.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temporary, file.Content!);
            File.Move(temporary, target, overwrite: true);
            written.Add(file.TargetPath!);
        }

        return written;
    }

    private static ImportedFile ItemFile(SourceEntry entry, string path, LoadedBank bank, ValidationContext context, Dictionary<string, string> itemIds)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(entry.Bytes!);
        }
        catch (DecoderFallbackException)
        {
            return Invalid(entry.Name, path, null, new Diagnostic(path, 1, DiagnosticSeverity.Error, RuleIds.FileUnreadable,
                "the file is not UTF-8 text. Fix: save it as UTF-8 (the encoding of every item file)."));
        }

        var checkedItem = ItemBankLoader.CheckItem(path, text, context);
        var diagnostics = checkedItem.Diagnostics.ToList();
        if (checkedItem.Item is not { } item)
        {
            return new ImportedFile(entry.Name, path, ImportStatus.Invalid, null, [], diagnostics) { Content = entry.Bytes };
        }

        if (itemIds.TryGetValue(item.Id, out var other))
        {
            diagnostics.Add(new Diagnostic(path, 2, DiagnosticSeverity.Error, RuleIds.DuplicateId,
                $"id '{item.Id}' is also the id of {other} in this import. Fix: keep one of the two files, or give this one a new id."));
            return new ImportedFile(entry.Name, path, ImportStatus.Invalid, item.Id, [], diagnostics);
        }

        itemIds[item.Id] = entry.Name;
        var existing = bank.FindItem(item.Id);
        if (existing is not null && existing.SourcePath != item.SourcePath)
        {
            diagnostics.Add(new Diagnostic(path, 2, DiagnosticSeverity.Error, RuleIds.ImportConflict,
                $"id '{item.Id}' already belongs to {existing.SourcePath}; importing it here would give the bank two items with this id. " +
                "Fix: keep the item's competence and folder, or give it a new id."));
            return new ImportedFile(entry.Name, path, ImportStatus.Invalid, item.Id, [], diagnostics);
        }

        var changes = existing is null ? [] : ItemDifferences.Between(existing, item);
        var status = existing is null ? ImportStatus.New : changes.Count == 0 ? ImportStatus.Unchanged : ImportStatus.Changed;
        return new ImportedFile(entry.Name, path, status, item.Id, changes, diagnostics) { Content = entry.Bytes, Enemies = item.Enemies };
    }

    private static ImportedFile Asset(SourceEntry entry, string path, string root)
    {
        var diagnostics = new List<Diagnostic>();
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            var problems = SvgSafety.Inspect(Encoding.UTF8.GetString(entry.Bytes!));
            if (problems.Count > 0)
            {
                diagnostics.Add(new Diagnostic(path, 1, DiagnosticSeverity.Error, RuleIds.SvgUnsafe,
                    $"the picture contains what could run or load from outside: {string.Join("; ", problems)}. " +
                    "Fix: remove scripts, on…= attributes, external links and javascript: from the SVG."));
                return new ImportedFile(entry.Name, path, ImportStatus.Invalid, null, [], diagnostics);
            }
        }

        var full = FullPath(root, path);
        var status = !File.Exists(full) ? ImportStatus.New
            : File.ReadAllBytes(full).AsSpan().SequenceEqual(entry.Bytes) ? ImportStatus.Unchanged
            : ImportStatus.Changed;
        return new ImportedFile(entry.Name, path, status, null, [], diagnostics) { Content = entry.Bytes };
    }

    /// <summary>An enemy must be an item of the bank or of this import.</summary>
    private static void CheckEnemies(List<ImportedFile> files, LoadedBank bank, IEnumerable<string> importedIds)
    {
        var known = bank.Items.Select(i => i.Id).Concat(importedIds).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var missing = file.Enemies.Where(e => !known.Contains(e)).ToList();
            if (file.WouldWrite && missing.Count > 0)
            {
                var text = Encoding.UTF8.GetString(file.Content!);
                var line = Array.FindIndex(text.Split('\n'), l => l.StartsWith("enemies", StringComparison.Ordinal)) + 1;
                files[i] = file with
                {
                    Status = ImportStatus.Invalid,
                    Diagnostics = [.. file.Diagnostics, new Diagnostic(file.TargetPath!, Math.Max(line, 1), DiagnosticSeverity.Error, RuleIds.Enemies,
                        $"enemy {string.Join(", ", missing.Select(m => $"'{m}'"))} is not an item of the bank nor of this import. Fix: correct the id or remove it from enemies.")],
                };
            }
        }
    }

    private static ImportedFile Refused(string name, string? path, string reason) =>
        Invalid(name, path, null, new Diagnostic(path ?? name, 1, DiagnosticSeverity.Error, RuleIds.ImportEntry,
            $"'{name}' was refused: {reason}. Fix: give the archive only item files and pictures with relative names such as safety/scams/safety-scams-004.md."));

    private static ImportedFile Invalid(string name, string? path, string? id, Diagnostic diagnostic) =>
        new(name, path, ImportStatus.Invalid, id, [], [diagnostic]);

    private static bool IsAsset(string path) => AssetExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    private static bool IsItemFile(string path)
    {
        var fileName = Path.GetFileName(path);
        return path.EndsWith(".md", StringComparison.Ordinal) && !fileName.Equals("README.md", StringComparison.OrdinalIgnoreCase)
            && !fileName.StartsWith('_');
    }

    private static string FullPath(string root, string bankPath) => Path.GetFullPath(Path.Combine(root, bankPath));
}
