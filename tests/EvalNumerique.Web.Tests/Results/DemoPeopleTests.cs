using EvalNumerique.Web.Data;
using EvalNumerique.Web.Features.Accounts;
using EvalNumerique.Web.Features.Demo;
using EvalNumerique.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EvalNumerique.Web.Tests.Results;

public sealed class DemoPeopleTests
{
    [Fact]
    public async Task Demo_people_get_real_engine_checks_months_apart_once_only()
    {
        await using var world = await StaffWorld.CreateAsync();
        await world.AddUserAsync("mediatrice@demo.evalnumerique.test", StaffRoles.Mediator, world.StructureA.Id);
        await world.AddUserAsync("mediateur@demo.evalnumerique.test", StaffRoles.Mediator, world.StructureB.Id);
        var structures = new Dictionary<string, Structure> { ["tilleuls"] = world.StructureA, ["france-services"] = world.StructureB };

        await world.InDatabaseAsync(async db => { await DemoPeople.SeedAsync(world.Factory.Services, db, structures); return 0; });
        await world.InDatabaseAsync(async db => { await DemoPeople.SeedAsync(world.Factory.Services, db, structures); return 0; });

        var people = await world.InDatabaseAsync(db => db.Beneficiaries.Include(b => b.Checks).ThenInclude(c => c.Answers).ToListAsync());
        Assert.Equal(["Josette (démo)", "Lucien (démo)", "Mamadou (démo)"], people.Select(p => p.Nickname).Order());
        Assert.All(people, p => Assert.NotNull(p.ConsentAt));
        var josette = people.Single(p => p.Nickname == "Josette (démo)");
        Assert.Equal(world.StructureA.Id, josette.StructureId);
        var checks = josette.Checks.OrderBy(c => c.FinishedAt).ToList();
        Assert.Equal(3, checks.Count);
        Assert.All(checks, c =>
        {
            Assert.Equal(CheckStage.Finished, c.Stage);
            Assert.InRange(c.Answers.Count, 10, 20); // the engine's own stopping rule ran
            Assert.All(c.Answers, a => Assert.InRange(a.AnsweredAt, c.CreatedAt, c.FinishedAt!.Value));
        });
        var now = DateTimeOffset.UtcNow;
        Assert.InRange((now - checks[0].FinishedAt!.Value).TotalDays, 299, 302);
        Assert.InRange((now - checks[2].FinishedAt!.Value).TotalDays, 19, 22);

        var scope = await world.ScopeOfAsync("mediatrice@demo.evalnumerique.test");
        var history = await world.Results().HistoryAsync(scope, josette.Id, "fr");
        Assert.NotNull(history);
        Assert.True(history.Checks[^1].Overall.Theta > history.Checks[0].Overall.Theta, "the simulated person improves over time");
    }
}
