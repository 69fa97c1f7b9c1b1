using EvalNumerique.ItemBank.Importing;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Tests.Support;
using EvalNumerique.ItemBank.Validation;

namespace EvalNumerique.ItemBank.Tests.Importing;

public sealed class ItemImportTests
{
    private const string Scams = "items/safety/scams/";
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>";

    [Fact]
    public void Dry_run_sorts_good_changed_unchanged_broken_and_hostile_entries_without_writing()
    {
        using var bank = new TempBank();
        using var archive = MixedArchive(bank);
        var before = Snapshot(bank.Root);

        var report = ItemImport.DryRun(archive.Save(), bank.Root);

        Assert.Equal(before, Snapshot(bank.Root));
        Assert.Empty(report.Problems);
        Assert.Equal(ImportStatus.New, Status(report, "safety/scams/safety-scams-005.md"));
        Assert.Equal(ImportStatus.New, Status(report, "safety/scams/images/nouveau.svg"));
        var changed = File(report, "safety/scams/safety-scams-002.md");
        Assert.Equal(ImportStatus.Changed, changed.Status);
        Assert.Equal(["Feedback"], changed.ChangedFields);
        Assert.Equal(ImportStatus.Unchanged, Status(report, "items/safety/scams/safety-scams-003.md"));
        var broken = File(report, "safety/scams/safety-scams-006.md");
        Assert.Equal(ImportStatus.Invalid, broken.Status);
        var missingLevel = Assert.Single(broken.Diagnostics, d => d.Rule == RuleIds.RequiredField);
        Assert.Equal(Scams + "safety-scams-006.md", missingLevel.Path);
        Assert.Contains("level", missingLevel.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", missingLevel.Message, StringComparison.Ordinal);
        foreach (var hostile in new[] { "../../evil.md", "/etc/evil.md", "C:/evil.md", "safety/../../../evil.md", "safety\\..\\..\\evil.md" })
        {
            var file = File(report, hostile);
            Assert.Equal(ImportStatus.Invalid, file.Status);
            Assert.Null(file.TargetPath);
            Assert.Equal(RuleIds.ImportEntry, Assert.Single(file.Diagnostics).Rule);
        }

        Assert.Equal(RuleIds.SvgUnsafe, Assert.Single(File(report, "safety/scams/images/piege.svg").Diagnostics).Rule);
        Assert.Equal(ImportStatus.Skipped, Status(report, "notes.txt"));
        Assert.False(report.IsClean);
    }

    [Fact]
    public void Apply_writes_only_the_new_and_changed_valid_files_and_the_bank_still_loads()
    {
        using var bank = new TempBank();
        using var archive = MixedArchive(bank);
        var report = ItemImport.DryRun(archive.Save(), bank.Root);

        var written = ItemImport.Apply(report, bank.Root);

        Assert.Equal(
            [Scams + "images/nouveau.svg", Scams + "safety-scams-002.md", Scams + "safety-scams-005.md"],
            written.Order(StringComparer.Ordinal));
        var reloaded = bank.Load();
        Assert.False(reloaded.HasErrors, string.Join('\n', reloaded.Errors));
        Assert.NotNull(reloaded.FindItem("safety-scams-005"));
        Assert.Equal("Un autre retour, plus clair.", reloaded.FindItem("safety-scams-002")!.Feedback);
        Assert.False(System.IO.File.Exists(Path.Combine(bank.Root, Scams + "safety-scams-006.md")));
        Assert.False(System.IO.File.Exists(Path.Combine(bank.Root, Scams + "images/piege.svg")));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(bank.Root)!, "evil.md", SearchOption.TopDirectoryOnly));
        Assert.Empty(Directory.EnumerateFiles(bank.Root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_folder_imports_like_a_zip()
    {
        using var bank = new TempBank();
        var folder = Directory.CreateTempSubdirectory("evalnum-import-folder-").FullName;
        try
        {
            var target = Path.Combine(folder, "safety", "scams", "safety-scams-005.md");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.WriteAllText(target, NewItem(bank));
            Directory.CreateDirectory(Path.Combine(folder, "safety", "scams", "images"));
            System.IO.File.WriteAllText(Path.Combine(folder, "safety", "scams", "images", "nouveau.svg"), Svg);
            System.IO.File.WriteAllText(Path.Combine(folder, "safety", "scams", "safety-scams-002.md"), bank.Read(Scams + "safety-scams-002.md"));

            var report = ItemImport.DryRun(folder, bank.Root);

            Assert.Equal(ImportStatus.New, Status(report, "safety/scams/safety-scams-005.md"));
            Assert.Equal(ImportStatus.Unchanged, Status(report, "safety/scams/safety-scams-002.md"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_id_already_used_in_another_competence_is_a_conflict_not_a_change()
    {
        using var bank = new TempBank();
        using var archive = new ImportArchive();
        var moved = bank.Read(Scams + "safety-scams-002.md");
        archive.Add("device/touch/safety-scams-002.md", moved);

        var report = ItemImport.DryRun(archive.Save(), bank.Root);

        var file = Assert.Single(report.Files);
        Assert.Equal(ImportStatus.Invalid, file.Status);
        Assert.Contains(file.Diagnostics, d => d.Rule is RuleIds.ImportConflict or RuleIds.CompetenceFolder);
    }

    [Fact]
    public void Too_many_entries_are_refused_before_anything_is_read()
    {
        using var bank = new TempBank();
        using var archive = new ImportArchive();
        for (var i = 0; i < 11; i++)
        {
            archive.Add($"safety/scams/n{i}.md", "x");
        }

        var report = ItemImport.DryRun(archive.Save(), bank.Root, new ImportLimits(MaxEntries: 10));

        Assert.Empty(report.Files);
        Assert.Equal(RuleIds.ImportSource, Assert.Single(report.Problems).Rule);
    }

    [Fact]
    public void An_entry_larger_than_the_limit_once_uncompressed_is_refused()
    {
        using var bank = new TempBank();
        using var archive = new ImportArchive();
        archive.Add("safety/scams/images/huge.svg", new byte[200_000]);

        var report = ItemImport.DryRun(archive.Save(), bank.Root, new ImportLimits(MaxEntryBytes: 100_000));

        var file = Assert.Single(report.Files);
        Assert.Equal(ImportStatus.Invalid, file.Status);
        Assert.Equal(RuleIds.ImportEntry, Assert.Single(file.Diagnostics).Rule);
    }

    [Fact]
    public void The_total_uncompressed_size_is_bounded()
    {
        using var bank = new TempBank();
        using var archive = new ImportArchive();
        for (var i = 0; i < 5; i++)
        {
            archive.Add($"safety/scams/images/p{i}.png", new byte[40_000]);
        }

        var report = ItemImport.DryRun(archive.Save(), bank.Root, new ImportLimits(MaxTotalBytes: 100_000));

        Assert.Equal(2, report.Files.Count);
        Assert.Equal(RuleIds.ImportSource, Assert.Single(report.Problems).Rule);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_a_problem_of_the_source_not_an_exception()
    {
        using var bank = new TempBank();
        var path = Path.Combine(Path.GetTempPath(), "evalnum-notzip-" + Guid.NewGuid().ToString("N") + ".zip");
        System.IO.File.WriteAllText(path, "ceci n'est pas un zip");
        try
        {
            var report = ItemImport.DryRun(path, bank.Root);

            Assert.Empty(report.Files);
            Assert.Contains("Fix:", Assert.Single(report.Problems).Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    private static ImportArchive MixedArchive(TempBank bank) => new ImportArchive()
        .Add("safety/scams/safety-scams-005.md", NewItem(bank))
        .Add("safety/scams/images/nouveau.svg", Svg)
        .Add("safety/scams/safety-scams-002.md", bank.Read(Scams + "safety-scams-002.md")
            .Replace("feedback: \"Un message qui presse de payer, avec un lien bizarre, est souvent une arnaque.\"", "feedback: \"Un autre retour, plus clair.\"", StringComparison.Ordinal))
        .Add("items/safety/scams/safety-scams-003.md", bank.Read(Scams + "safety-scams-003.md"))
        .Add("safety/scams/safety-scams-006.md", bank.Read(Scams + "safety-scams-004.md")
            .Replace("id: safety-scams-004", "id: safety-scams-006", StringComparison.Ordinal).Replace("level: 4\n", "", StringComparison.Ordinal))
        .Add("../../evil.md", "x")
        .Add("/etc/evil.md", "x")
        .Add("C:/evil.md", "x")
        .Add("safety/../../../evil.md", "x")
        .Add("safety\\..\\..\\evil.md", "x")
        .Add("safety/scams/images/piege.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")
        .Add("notes.txt", "à relire");

    private static string NewItem(TempBank bank) => bank.Read(Scams + "safety-scams-001.md")
        .Replace("id: safety-scams-001", "id: safety-scams-005", StringComparison.Ordinal)
        .Replace("image: { src: images/sms-colis.svg", "image: { src: images/nouveau.svg", StringComparison.Ordinal)
        .Replace("enemies: [safety-scams-002]\n", "", StringComparison.Ordinal);

    private static ImportedFile File(ImportReport report, string entry) =>
        report.Files.SingleOrDefault(f => f.Entry == entry) ?? throw new Xunit.Sdk.XunitException(
            $"no entry '{entry}' in: {string.Join(", ", report.Files.Select(f => f.Entry))}");

    private static ImportStatus Status(ImportReport report, string entry)
    {
        var file = File(report, entry);
        Assert.True(file.Status != ImportStatus.Invalid, string.Join('\n', file.Diagnostics));
        return file.Status;
    }

    private static Dictionary<string, DateTime> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => f, System.IO.File.GetLastWriteTimeUtc);
}
