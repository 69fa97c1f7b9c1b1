using EvalNumerique.Web.Features.Referrals.Directory;
using EvalNumerique.Web.Tests.Referrals.Directory;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary><c>import-directory</c> run with the app's services on files in a temporary folder.</summary>
public sealed class ImportDirectoryCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"evalnum-import-{Guid.NewGuid():N}");
    private StaffWorld _world = default!;

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(_folder);
        _world = await StaffWorld.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private string WriteFile(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await ImportDirectoryCommand.RunAsync(_world.Factory.Services, [ImportDirectoryCommand.Name, .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private Task<int> PlaceCountAsync() => _world.InDatabaseAsync(db => db.DirectoryPlaces.CountAsync());

    [Fact]
    public async Task Importing_a_file_exits_0_with_the_counts_line_and_saves_the_places()
    {
        string file = WriteFile("lieux.csv", DirectoryCsv.File(DirectoryCsv.Row("a"), DirectoryCsv.Row("b")));

        var (code, output, error) = await RunAsync("--file", file);

        Assert.Equal(0, code);
        Assert.Equal("Imported: lieux.csv: 2 rows read, 2 new, 0 updated, 0 unchanged, 0 skipped.", output.Trim());
        Assert.Empty(error);
        Assert.Equal(2, await PlaceCountAsync());
        var import = await _world.InDatabaseAsync(db => db.DirectoryImports.SingleAsync());
        Assert.Equal(("cli", "lieux.csv"), (import.ImportedBy, import.FileName));

        var (_, again, _) = await RunAsync("--file", file);
        Assert.Equal("Imported: lieux.csv: 2 rows read, 0 new, 0 updated, 2 unchanged, 0 skipped.", again.Trim());
    }

    [Fact]
    public async Task A_dry_run_says_so_and_saves_nothing()
    {
        string file = WriteFile("lieux.csv", DirectoryCsv.File(DirectoryCsv.Row("a"), DirectoryCsv.Row("b")));

        var (code, output, _) = await RunAsync("--file", file, "--dry-run");

        Assert.Equal(0, code);
        Assert.Equal("Dry run (nothing saved): lieux.csv: 2 rows read, 2 new, 0 updated, 0 unchanged, 0 skipped.", output.Trim());
        Assert.Equal(0, await PlaceCountAsync());
        Assert.Equal(0, await _world.InDatabaseAsync(db => db.DirectoryImports.CountAsync()));
    }

    [Fact]
    public async Task A_missing_file_exits_2_with_a_message_naming_the_path()
    {
        string missing = Path.Combine(_folder, "absent.csv");

        var (code, output, error) = await RunAsync("--file", missing);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_file_option_it_exits_2_and_shows_the_usage()
    {
        var (code, _, error) = await RunAsync("--dry-run");

        Assert.Equal(2, code);
        Assert.Contains("--file is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_row_is_printed_as_file_line_field_message_and_the_good_rows_are_imported()
    {
        string file = WriteFile("lieux.csv", DirectoryCsv.File(DirectoryCsv.Row("a"), DirectoryCsv.Row("bad", ("code_postal", "1100")), DirectoryCsv.Row("c")));

        var (code, output, error) = await RunAsync("--file", file);

        Assert.Equal(0, code);
        Assert.Contains("3 rows read, 2 new, 0 updated, 0 unchanged, 1 skipped.", output, StringComparison.Ordinal);
        string line = Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^lieux\.csv:3: code_postal: .+ \(row skipped\)$", line);
        Assert.Equal(2, await PlaceCountAsync());
    }

    [Fact]
    public async Task A_file_refused_at_the_header_exits_1_and_imports_nothing()
    {
        string file = WriteFile("lieux.csv", "id,nom,code_postal\nx,Lieu (fictif),75011\n");

        var (code, output, error) = await RunAsync("--file", file);

        Assert.Equal(1, code);
        Assert.Contains("0 new", output, StringComparison.Ordinal);
        Assert.Matches(@"^lieux\.csv:1: header: The header has no column .*\badresse\b", error);
        Assert.Equal(0, await PlaceCountAsync());
    }
}
