using System.Text;
using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Admin;
using EvalNumerique.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Admin;

public sealed class AuditLogReaderTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>120 entries, one an hour from Start: users alternate Awa/Karim, every third one is an export of structure A.</summary>
    private static async Task<StaffWorld> WorldWithLogAsync()
    {
        var world = await StaffWorld.CreateAsync();
        await world.InDatabaseAsync(db =>
        {
            db.AuditEntries.RemoveRange(db.AuditEntries);
            for (int i = 0; i < 120; i++)
            {
                bool export = i % 3 == 0;
                db.AuditEntries.Add(new AuditEntry
                {
                    At = Start.AddHours(i),
                    UserName = i % 2 == 0 ? "Awa" : "Karim",
                    Action = export ? AuditActions.ExportedStructure : AuditActions.ViewedPerson,
                    StructureId = export ? world.StructureA.Id : world.StructureB.Id,
                    Detail = i == 0 ? "=cmd|' /C calc'!A0" : null,
                });
            }
            return db.SaveChangesAsync();
        });
        return world;
    }

    [Fact]
    public async Task The_log_is_newest_first_fifty_a_page()
    {
        await using var world = await WorldWithLogAsync();
        var reader = world.Factory.Services.GetRequiredService<AuditLogReader>();

        var first = await reader.SearchAsync(new AuditQuery());
        var last = await reader.SearchAsync(new AuditQuery(Page: 3));

        Assert.Equal((120, 3, 50), (first.Total, first.PageCount, first.Entries.Count));
        Assert.Equal(Start.AddHours(119), first.Entries[0].At);
        Assert.Equal(Start.AddHours(70), first.Entries[^1].At);
        Assert.Equal(20, last.Entries.Count);
        Assert.Equal(Start, last.Entries[^1].At);
    }

    [Fact]
    public async Task Filters_combine_dates_action_user_and_structure()
    {
        await using var world = await WorldWithLogAsync();
        var reader = world.Factory.Services.GetRequiredService<AuditLogReader>();

        var exports = await reader.SearchAsync(new AuditQuery(Action: AuditActions.ExportedStructure));
        var awaExportsOnDayOne = await reader.SearchAsync(new AuditQuery(From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 1, 1),
            Action: AuditActions.ExportedStructure, User: "aw"));
        var structureB = await reader.SearchAsync(new AuditQuery(StructureId: world.StructureB.Id));

        Assert.Equal(40, exports.Total);
        // Day one holds hours 0..14 (09:00 to 23:00): exports at 0, 3, 6, 9, 12 of which Awa's (even) are 0, 6, 12.
        Assert.Equal(3, awaExportsOnDayOne.Total);
        Assert.Equal(80, structureB.Total);
    }

    [Fact]
    public async Task Sorting_by_user_ascending_puts_Awa_first()
    {
        await using var world = await WorldWithLogAsync();
        var reader = world.Factory.Services.GetRequiredService<AuditLogReader>();

        var byUser = await reader.SearchAsync(new AuditQuery(Sort: AuditSort.User, Descending: false));
        var oldestFirst = await reader.SearchAsync(new AuditQuery(Descending: false));

        Assert.All(byUser.Entries, e => Assert.Equal("Awa", e.UserName));
        Assert.Equal(Start, oldestFirst.Entries[0].At);
    }

    [Fact]
    public async Task The_csv_holds_every_filtered_entry_and_neutralises_formulas()
    {
        await using var world = await WorldWithLogAsync();
        var reader = world.Factory.Services.GetRequiredService<AuditLogReader>();

        var file = await reader.CsvAsync(new AuditQuery(Action: AuditActions.ExportedStructure));

        Assert.Equal(40, file.Records);
        string text = Encoding.UTF8.GetString(file.Content[3..]);
        Assert.Equal(41, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(";'=cmd|' /C calc'!A0", text, StringComparison.Ordinal);
        Assert.Contains(";CCAS A;", text, StringComparison.Ordinal);
    }
}
