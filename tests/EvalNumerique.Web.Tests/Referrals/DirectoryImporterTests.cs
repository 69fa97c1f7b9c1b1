using System.Text.Json;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Referrals.Directory;
using EvalNumerique.Web.Tests.Referrals.Directory;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>The directory import on the app's real SQLite database: counts, dry run, updates by id with history, bad rows and refused files.</summary>
public sealed class DirectoryImporterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private StaffWorld _world = default!;
    private readonly FixedClock _clock = new(Monday);

    public async Task InitializeAsync() => _world = await StaffWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private static string TwoPlaces(params (string Column, string Value)[] secondChanges) =>
        DirectoryCsv.File(DirectoryCsv.Row("lieu-1", ("nom", "Premier lieu (fictif)")), DirectoryCsv.Row("lieu-2", [("nom", "Second lieu (fictif)"), .. secondChanges]));

    private Task<DirectoryImportReport> ImportAsync(string csv, bool dryRun = false) =>
        _world.Importer(_clock).ImportAsync(DirectoryCsv.Read(csv), "lieux.csv", "admin-test", dryRun);

    private Task<List<DirectoryPlace>> PlacesAsync() => _world.InDatabaseAsync(db => db.DirectoryPlaces.AsNoTracking().OrderBy(p => p.SourceId).ToListAsync());

    private Task<int> ImportRowsAsync() => _world.InDatabaseAsync(db => db.DirectoryImports.CountAsync());

    private Task<List<DirectoryPlaceChange>> ChangesAsync() => _world.InDatabaseAsync(db => db.DirectoryPlaceChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync());

    [Fact]
    public async Task Importing_a_small_file_adds_its_places_with_their_data_and_one_import_row()
    {
        var report = await ImportAsync(TwoPlaces());

        Assert.Equal((2, 2, 0, 0, 0), (report.RowsRead, report.Added, report.Updated, report.Unchanged, report.Skipped));
        Assert.False(report.DryRun);
        Assert.NotNull(report.ImportId);
        var places = await PlacesAsync();
        Assert.Equal(["Premier lieu (fictif)", "Second lieu (fictif)"], places.Select(p => p.Name));
        var place = places[0];
        Assert.Equal((DirectorySources.LieuxMediationNumerique, "lieu-1"), (place.Source, place.SourceId));
        Assert.Equal(("51100", "Reims", "+33180059880"), (place.PostalCode, place.Commune, place.Phone));
        Assert.Equal("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", place.OpeningHours);
        Assert.Equal((Monday, Monday, report.ImportId), (place.FirstImportedAt, place.LastImportedAt, (int?)place.LastImportId));
        Assert.False(place.IsDemo);
        var import = await _world.InDatabaseAsync(db => db.DirectoryImports.SingleAsync());
        Assert.Equal(("admin-test", "lieux.csv", 2, 2, 0, 0), (import.ImportedBy, import.FileName, import.RowsRead, import.Added, import.Updated, import.Unchanged));
        // Each new place has one history row saying it was created.
        var changes = await ChangesAsync();
        Assert.Equal(2, changes.Count);
        Assert.All(changes, c => Assert.True(c.Created));
    }

    [Fact]
    public async Task The_demo_file_imports_its_twelve_places_as_new()
    {
        var report = await _world.ImportDemoDirectoryAsync();

        Assert.Equal((12, 12, 0, 0), (report.RowsRead, report.Added, report.Updated, report.Unchanged));
        Assert.Equal(12, (await PlacesAsync()).Count);
    }

    [Fact]
    public async Task A_dry_run_reports_the_same_counts_as_the_import_and_saves_nothing()
    {
        string csv = TwoPlaces();

        var dry = await ImportAsync(csv, dryRun: true);

        Assert.True(dry.DryRun);
        Assert.Null(dry.ImportId);
        Assert.Empty(await PlacesAsync());
        Assert.Equal(0, await ImportRowsAsync());
        Assert.Empty(await ChangesAsync());

        var real = await ImportAsync(csv);
        Assert.Equal((dry.RowsRead, dry.Added, dry.Updated, dry.Unchanged, dry.Skipped), (real.RowsRead, real.Added, real.Updated, real.Unchanged, real.Skipped));
        Assert.Equal(2, (await PlacesAsync()).Count);
    }

    [Fact]
    public async Task A_dry_run_over_a_known_directory_counts_the_updates_and_changes_nothing()
    {
        await ImportAsync(TwoPlaces());
        var before = await PlacesAsync();

        var dry = await ImportAsync(TwoPlaces(("telephone", "01 23 45 67 89")), dryRun: true);

        Assert.Equal((0, 1, 1), (dry.Added, dry.Updated, dry.Unchanged));
        Assert.Equal(before.Select(p => p.Phone), (await PlacesAsync()).Select(p => p.Phone));
        Assert.Equal(1, await ImportRowsAsync());
        Assert.Equal(2, (await ChangesAsync()).Count);
    }

    [Fact]
    public async Task Re_importing_the_same_file_is_all_unchanged_and_writes_no_history()
    {
        string csv = TwoPlaces();
        await ImportAsync(csv);
        var historyBefore = await ChangesAsync();
        _clock.Now = Monday.AddDays(1);

        var again = await ImportAsync(csv);

        Assert.Equal((0, 0, 2), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(historyBefore.Select(c => c.Id), (await ChangesAsync()).Select(c => c.Id));
        Assert.Equal(2, (await PlacesAsync()).Count);
    }

    [Fact]
    public async Task A_changed_phone_and_hours_update_the_place_by_id_and_list_exactly_those_fields_with_old_and_new_values()
    {
        await ImportAsync(TwoPlaces());
        var before = (await PlacesAsync()).Single(p => p.SourceId == "lieu-2");
        _clock.Now = Monday.AddDays(7);

        var report = await ImportAsync(TwoPlaces(("telephone", "01 23 45 67 89"), ("horaires", "Mo-Fr 10:00-16:00")));

        Assert.Equal((0, 1, 1), (report.Added, report.Updated, report.Unchanged));
        var after = (await PlacesAsync()).Single(p => p.SourceId == "lieu-2");
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(("01 23 45 67 89", "Mo-Fr 10:00-16:00"), (after.Phone, after.OpeningHours));
        Assert.Equal((Monday, Monday.AddDays(7)), (after.FirstImportedAt, after.LastImportedAt));
        Assert.Equal(2, (await PlacesAsync()).Count);

        var change = (await ChangesAsync()).Single(c => !c.Created);
        Assert.Equal((before.Id, Monday.AddDays(7), report.ImportId), (change.PlaceId, change.At, (int?)change.ImportId));
        using var fields = JsonDocument.Parse(change.ChangedFields);
        Assert.Equal(["OpeningHours", "Phone"], fields.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var phone = fields.RootElement.GetProperty("Phone");
        Assert.Equal(("+33180059880", "01 23 45 67 89"), (phone.GetProperty("old").GetString(), phone.GetProperty("new").GetString()));
        var hours = fields.RootElement.GetProperty("OpeningHours");
        Assert.Equal(("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "Mo-Fr 10:00-16:00"), (hours.GetProperty("old").GetString(), hours.GetProperty("new").GetString()));
    }

    [Fact]
    public async Task A_place_absent_from_a_later_file_is_kept()
    {
        await ImportAsync(TwoPlaces());

        var report = await ImportAsync(DirectoryCsv.File(DirectoryCsv.Row("lieu-1", ("nom", "Premier lieu (fictif)"))));

        Assert.Equal((0, 0, 1), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal(["lieu-1", "lieu-2"], (await PlacesAsync()).Select(p => p.SourceId));
    }

    [Fact]
    public async Task Bad_rows_are_skipped_and_listed_while_the_good_rows_land()
    {
        var csv = DirectoryCsv.File(
            DirectoryCsv.Row("good-1"),
            DirectoryCsv.Row("bad-postcode", ("code_postal", "1100")),
            DirectoryCsv.Row("good-2"),
            DirectoryCsv.Row("bad-date", ("date_maj", "02/06/2022")));

        var report = await ImportAsync(csv);

        Assert.Equal((4, 2, 2), (report.RowsRead, report.Added, report.Skipped));
        Assert.False(report.FileRejected);
        Assert.Equal([(3, "code_postal"), (5, "date_maj")], report.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal(["good-1", "good-2"], (await PlacesAsync()).Select(p => p.SourceId));
        var import = await _world.InDatabaseAsync(db => db.DirectoryImports.SingleAsync());
        Assert.Equal(2, import.Skipped);
        Assert.Contains("code_postal", import.Problems, StringComparison.Ordinal);
        Assert.Contains("date_maj", import.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_refused_at_the_header_imports_nothing()
    {
        var csv = "id,nom,code_postal,services\nx,Lieu (fictif),75011,Aide aux démarches administratives\n";

        var report = await ImportAsync(csv);

        Assert.True(report.FileRejected);
        Assert.Null(report.ImportId);
        Assert.Equal((0, 0, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Skipped));
        Assert.Equal(1, Assert.Single(report.Errors).Line);
        Assert.Empty(await PlacesAsync());
        Assert.Equal(0, await ImportRowsAsync());
    }
}
