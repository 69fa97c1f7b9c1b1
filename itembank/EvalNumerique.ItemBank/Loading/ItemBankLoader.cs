using EvalNumerique.ItemBank.Framework;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Resources;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Loading;

/// <summary>
/// Loads an <c>itembank/</c> folder — <c>framework.yaml</c>, <c>resources.yaml</c> and every
/// <c>items/**/*.md</c> — into a <see cref="LoadedBank"/>. Bad content never throws: each problem becomes a
/// <see cref="Diagnostic"/> with its file and line, and a broken item is left out while the rest loads.
/// Files named <c>README.md</c> or starting with <c>_</c> under <c>items/</c> are notes, not items.
/// </summary>
public static class ItemBankLoader
{
    /// <summary>Loads and validates the bank in <paramref name="itembankDirectory"/>.</summary>
    public static LoadedBank Load(string itembankDirectory)
    {
        ArgumentNullException.ThrowIfNull(itembankDirectory);
        var root = Path.GetFullPath(itembankDirectory);
        var sink = new List<Diagnostic>();
        if (!Directory.Exists(root))
        {
            sink.Add(new Diagnostic(".", 1, DiagnosticSeverity.Error, RuleIds.FileUnreadable,
                $"the item bank folder '{root}' does not exist. Fix: give the path of the itembank/ folder (the one holding framework.yaml)."));
            return new LoadedBank(root, CompetenceFramework.Empty, [], PathwayResources.Empty, sink, 0);
        }

        var frameworkFile = new FileDiagnostics(FrameworkReader.FileName, 0, sink);
        var framework = ReadText(root, frameworkFile) is { } frameworkText ? FrameworkReader.Read(frameworkText, frameworkFile) : null;
        var resourcesFile = new FileDiagnostics(ResourcesReader.FileName, 0, sink);
        var resources = ReadText(root, resourcesFile) is { } resourcesText ? ResourcesReader.Read(resourcesText, resourcesFile, framework) : null;

        var context = new ValidationContext(root, framework);
        var files = ItemFiles(root).Select(path => ReadItem(root, path, context, sink)).ToList();
        BankValidator.CheckDuplicates(files);
        BankValidator.CheckEnemies(files);
        var items = files.Where(f => !f.File.HasErrors && f.Read.Item is not null).Select(f => f.Read.Item!).ToList();
        if (framework is not null)
        {
            BankValidator.CheckCoverage(framework, items, frameworkFile);
        }

        var ordered = sink.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        return new LoadedBank(root, framework ?? CompetenceFramework.Empty, items, resources ?? PathwayResources.Empty, ordered, files.Count);
    }

    /// <summary>
    /// Reads and checks one item from its text, as if it were the file <paramref name="relativePath"/> of the bank
    /// (e.g. <c>items/safety/scams/safety-scams-004.md</c>). Rules that need the other items (duplicate ids,
    /// enemies) are not run.
    /// </summary>
    public static CheckedItem CheckItem(string itembankDirectory, string relativePath, string text, CompetenceFramework? framework)
    {
        ArgumentNullException.ThrowIfNull(itembankDirectory);
        return CheckItem(relativePath, text, new ValidationContext(itembankDirectory, framework));
    }

    /// <summary>As the public overload, with a context that may hold files arriving with an import.</summary>
    internal static CheckedItem CheckItem(string relativePath, string text, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(text);
        var sink = new List<Diagnostic>();
        var file = new FileDiagnostics(relativePath.Replace('\\', '/'), 1, sink);
        var read = ReadAndValidate(text, file, context);
        return new CheckedItem(file.HasErrors ? null : read.Item, sink);
    }

    private static (ItemReadResult Read, FileDiagnostics File) ReadItem(string root, string path, ValidationContext context, List<Diagnostic> sink)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        var file = new FileDiagnostics(relative, 1, sink);
        var text = ReadText(root, file);
        var read = text is null ? new ItemReadResult(null, null, file.Map) : ReadAndValidate(text, file, context);
        return (read, file);
    }

    private static ItemReadResult ReadAndValidate(string text, FileDiagnostics file, ValidationContext context)
    {
        try
        {
            var read = ItemReader.Read(text, file);
            if (read.Item is { } item)
            {
                ItemValidator.Validate(item, file, context);
            }

            return read;
        }
#pragma warning disable CA1031 // A bug in a rule must not take the bank down: the file is reported and skipped.
        catch (Exception e)
#pragma warning restore CA1031
        {
            file.Error(1, RuleIds.FileUnreadable,
                $"the file could not be checked ({e.GetType().Name}: {e.Message}). Fix: report this to the developers with the file; meanwhile the item is skipped.");
            return new ItemReadResult(null, null, file.Map);
        }
    }

    private static IEnumerable<string> ItemFiles(string root)
    {
        var folder = Path.Combine(root, "items");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(p).StartsWith('_'))
            .Order(StringComparer.Ordinal);
    }

    private static string? ReadText(string root, FileDiagnostics file)
    {
        var full = Path.Combine(root, file.Path);
        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var missing = e is FileNotFoundException or DirectoryNotFoundException;
            file.Error(1, RuleIds.FileUnreadable, missing
                ? $"{file.Path} is missing. Fix: create it (see itembank/FORMAT.md)."
                : $"{file.Path} cannot be read ({e.Message}). Fix: check that the file is readable.");
            return null;
        }
    }
}
