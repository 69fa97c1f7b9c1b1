using System.Text;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Referrals;
using EvalNumerique.Web.Features.Referrals.Directory;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Referrals.Directory;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Referrals;

/// <summary>The admin's directory screen and the error reports on places, on the app's database.</summary>
public sealed class DirectoryAdminTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly FixedClock _clock = new(Monday);
    private StaffWorld _world = default!;
    private StaffScope _admin = default!;
    private StaffScope _mediatorA = default!;

    public async Task InitializeAsync()
    {
        _world = await StaffWorld.CreateAsync();
        _admin = await _world.ScopeOfAsync(StaffWorld.Admin);
        _mediatorA = await _world.ScopeOfAsync(StaffWorld.MediatorA);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private DirectoryAdmin Admin
    {
        get
        {
            var audit = new AuditLog(_world.DbFactory(), _clock);
            return new DirectoryAdmin(_world.DbFactory(), _world.Importer(_clock), audit);
        }
    }

    private PlaceErrorService Errors => new(_world.DbFactory(), new AuditLog(_world.DbFactory(), _clock), _clock);

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Only_an_admin_imports_and_the_import_is_audited_with_its_counts()
    {
        string csv = DirectoryCsv.File(DirectoryCsv.Row("a"), DirectoryCsv.Row("b"));

        Assert.Null(await Admin.ImportAsync(_mediatorA, Csv(csv), "lieux.csv", null, null, dryRun: false));
        Assert.Equal(0, await _world.InDatabaseAsync(db => db.DirectoryPlaces.CountAsync()));

        var report = await Admin.ImportAsync(_admin, Csv(csv), "lieux.csv", null, null, dryRun: false);

        Assert.Equal(2, report!.Added);
        var entry = await _world.InDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditActions.ImportedDirectory));
        Assert.Equal((_admin.UserId, report.ImportId.ToString()), (entry.UserId, entry.TargetId));
        Assert.Equal("2 new, 0 updated, 0 unchanged, 0 skipped", entry.Detail);
        Assert.Equal(_admin.Name, (await Admin.ImportsAsync()).Single().ImportedBy);
    }

    [Fact]
    public async Task A_dry_run_from_the_screen_is_not_audited_and_not_listed()
    {
        var report = await Admin.ImportAsync(_admin, Csv(DirectoryCsv.File(DirectoryCsv.Row("a"))), "lieux.csv", null, null, dryRun: true);

        Assert.Equal((true, 1), (report!.DryRun, report.Added));
        Assert.Empty(await Admin.ImportsAsync());
        Assert.False(await _world.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.ImportedDirectory)));
    }

    [Fact]
    public async Task Imports_are_listed_newest_first()
    {
        await Admin.ImportAsync(_admin, Csv(DirectoryCsv.File(DirectoryCsv.Row("a"))), "premier.csv", null, null, dryRun: false);
        _clock.Now = Monday.AddDays(1);
        await Admin.ImportAsync(_admin, Csv(DirectoryCsv.File(DirectoryCsv.Row("a"), DirectoryCsv.Row("b"))), "second.csv", null, null, dryRun: false);

        Assert.Equal(["second.csv", "premier.csv"], (await Admin.ImportsAsync()).Select(i => i.FileName));
    }

    [Fact]
    public async Task Places_are_searched_by_name_or_commune_ignoring_accents_or_by_postal_code_prefix()
    {
        await _world.ImportDemoDirectoryAsync();

        Assert.Equal(12, (await Admin.PlacesAsync(null)).Count);
        Assert.Equal(["Médiathèque des Quatre-Vents (démo)"], (await Admin.PlacesAsync("MEDIATHEQUE")).Select(p => p.Name));
        Assert.Equal(12, (await Admin.PlacesAsync("ville-demo (fictive)")).Count);
        Assert.Equal(12, (await Admin.PlacesAsync("000")).Count);
        Assert.Empty(await Admin.PlacesAsync("Lyon"));
    }

    [Fact]
    public async Task A_place_s_history_lists_its_changes_newest_first()
    {
        await Admin.ImportAsync(_admin, Csv(DirectoryCsv.File(DirectoryCsv.Row("a"))), "lieux.csv", null, null, dryRun: false);
        _clock.Now = Monday.AddDays(3);
        await Admin.ImportAsync(_admin, Csv(DirectoryCsv.File(DirectoryCsv.Row("a", ("telephone", "01 23 45 67 89")))), "lieux.csv", null, null, dryRun: false);
        int placeId = await _world.PlaceIdAsync("a");

        var history = await Admin.HistoryAsync(placeId);

        Assert.Equal([(Monday.AddDays(3), false), (Monday, true)], history.Select(h => (h.At, h.Created)));
        Assert.Contains("\"Phone\"", history[0].ChangedFields, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_report_an_error_on_a_place_and_only_an_admin_closes_it()
    {
        await _world.ImportDemoDirectoryAsync();
        int placeId = await _world.PlaceIdAsync("demo-ccas");

        Assert.True(await Errors.ReportAsync(_mediatorA, placeId, "  Le CCAS a déménagé.  "));

        var report = Assert.Single(await Errors.OpenAsync());
        Assert.Equal(("Le CCAS a déménagé.", placeId, (int?)_world.StructureA.Id, _mediatorA.UserId), (report.Text, report.PlaceId, report.StructureId, report.ReportedById));
        Assert.Equal("CCAS de Ville-Démo (démo)", report.Place!.Name);
        Assert.False(await Errors.ResolveAsync(_mediatorA, report.Id));
        Assert.Single(await Errors.OpenAsync());
        Assert.True(await Errors.ResolveAsync(_admin, report.Id));
        Assert.Empty(await Errors.OpenAsync());
    }

    [Fact]
    public async Task An_empty_report_or_one_on_an_unknown_place_is_refused()
    {
        await _world.ImportDemoDirectoryAsync();

        Assert.False(await Errors.ReportAsync(_mediatorA, await _world.PlaceIdAsync("demo-ccas"), "   "));
        Assert.False(await Errors.ReportAsync(_mediatorA, 999_999, "Fermé."));
        Assert.Empty(await Errors.OpenAsync());
    }
}
