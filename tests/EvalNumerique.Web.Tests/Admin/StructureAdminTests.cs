using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Admin;
using EvalNumerique.Web.Tests.Privacy;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvalNumerique.Web.Tests.Admin;

public sealed class StructureAdminTests
{
    [Theory]
    [InlineData("", 24, null, AdminProblems.StructureNameRequired)]
    [InlineData("EPN", 5, null, AdminProblems.RetentionOutOfRange)]
    [InlineData("EPN", 121, null, AdminProblems.RetentionOutOfRange)]
    [InlineData("EPN", 24, "7500", AdminProblems.PostalCodeFormat)]
    public void A_form_with_a_problem_says_which(string name, int months, string? postalCode, string problem) =>
        Assert.Equal([problem], StructureAdmin.Validate(new StructureForm { Name = name, RetentionMonths = months, PostalCode = postalCode }));

    [Fact]
    public async Task An_admin_creates_a_structure_with_members_then_edits_it_and_each_change_is_logged()
    {
        await using var world = await StaffWorld.CreateAsync();
        var structures = world.Factory.Services.GetRequiredService<StructureAdmin>();
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);
        var mediatorA = await world.ScopeOfAsync(StaffWorld.MediatorA);

        var created = await structures.SaveAsync(admin, new StructureForm
        {
            Name = " EPN des Lilas ",
            Kind = StructureKind.Epn,
            PostalCode = "69001",
            Commune = "Lyon",
            RetentionMonths = 12,
            MemberIds = [mediatorA.UserId],
        });

        Assert.True(created.Succeeded);
        int id = created.Id!.Value;
        Assert.Contains(id, (await world.ScopeOfAsync(StaffWorld.MediatorA)).StructureIds);
        var form = (await structures.FormAsync(id))!;
        Assert.Equal(("EPN des Lilas", 12, StructureKind.Epn), (form.Name, form.RetentionMonths, form.Kind));

        form.MemberIds.Clear();
        form.RetentionMonths = 36;
        Assert.True((await structures.SaveAsync(admin, form)).Succeeded);

        Assert.DoesNotContain(id, (await world.ScopeOfAsync(StaffWorld.MediatorA)).StructureIds);
        var row = (await structures.ListAsync()).Single(r => r.Id == id);
        Assert.Equal((36, 0, 0), (row.RetentionMonths, row.Members, row.People));
        var log = await world.InDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.ManagedStructure).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, log.Count);
        Assert.All(log, a => Assert.Equal(id, a.StructureId));
        Assert.Contains("members +1 -0", log[0].Detail, StringComparison.Ordinal);
        Assert.Contains("members +0 -1", log[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_structure_that_still_follows_people_cannot_be_deleted_an_empty_one_can()
    {
        await using var world = await StaffWorld.CreateAsync();
        var structures = world.Factory.Services.GetRequiredService<StructureAdmin>();
        var admin = await world.ScopeOfAsync(StaffWorld.Admin);
        await PrivacyData.AddPersonAsync(world, world.StructureA.Id, "Josiane");

        var refused = await structures.DeleteAsync(admin, world.StructureA.Id);
        var deleted = await structures.DeleteAsync(admin, world.StructureB.Id);

        Assert.Equal([AdminProblems.StructureHasPeople], refused.Problems);
        Assert.True(deleted.Succeeded);
        var left = await world.InDatabaseAsync(db => db.Structures.Select(s => s.Id).ToListAsync());
        Assert.Equal([world.StructureA.Id], left);
        Assert.Empty((await world.ScopeOfAsync(StaffWorld.MediatorB)).StructureIds);
    }
}
