using System.Globalization;

namespace EvalNumerique.Web.Features.Referrals.Directory;

/// <summary>
/// <c>dotnet run --project web/EvalNumerique.Web -- import-directory --file lieux.csv [--services services.json] [--dry-run]</c>:
/// imports (or, with --dry-run, reports what would be imported from) a directory file, with the
/// same reader and transaction as the admin screen. Exit code 0 when at least one place was read,
/// 1 when the file was refused, 2 on a usage error.
/// </summary>
public static class ImportDirectoryCommand
{
    public const string Name = "import-directory";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? file = Option(args, "--file");
        string? servicesFile = Option(args, "--services");
        bool dryRun = args.Contains("--dry-run");
        if (string.IsNullOrWhiteSpace(file))
        {
            await error.WriteLineAsync("import-directory: --file is required, e.g. import-directory --file lieux-mediation-numerique.csv [--dry-run] (data·inclusion: --file structures.json [--services services.json]).");
            return 2;
        }
        foreach (var path in new[] { file, servicesFile }.OfType<string>())
        {
            if (!File.Exists(path))
            {
                await error.WriteLineAsync($"import-directory: {path} does not exist. Check the path (relative to {Environment.CurrentDirectory}).");
                return 2;
            }
        }

        await Data.DatabaseSetup.MigrateAndSeedAsync(services);
        DirectoryReadResult read;
        await using (var stream = File.OpenRead(file))
        await using (var servicesStream = servicesFile is null ? null : File.OpenRead(servicesFile))
            read = DirectoryFiles.Read(stream, Path.GetFileName(file), servicesStream, servicesFile is null ? null : Path.GetFileName(servicesFile));
        var importer = services.GetRequiredService<DirectoryImporter>();
        var report = await importer.ImportAsync(read, Path.GetFileName(file), "cli", dryRun);

        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"{(dryRun ? "Dry run (nothing saved)" : "Imported")}: {report.FileName}: {report.RowsRead} rows read, {report.Added} new, {report.Updated} updated, {report.Unchanged} unchanged, {report.Skipped} skipped."));
        foreach (var e in report.Errors)
            await error.WriteLineAsync(string.Create(c, $"{report.FileName}:{e.Line}: {e.Field}: {e.Message} (row skipped)"));
        foreach (var w in report.Warnings)
            await output.WriteLineAsync(string.Create(c, $"{report.FileName}:{w.Line}: {w.Field}: {w.Message} (warning, row kept)"));
        return report.FileRejected ? 1 : 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (int i = 0; i < args.Count - 1; i++)
            if (args[i] == name) return args[i + 1];
        return null;
    }
}
