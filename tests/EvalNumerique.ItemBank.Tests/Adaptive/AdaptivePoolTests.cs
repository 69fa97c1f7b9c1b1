using EvalNumerique.ItemBank.Adaptive;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.ItemBank.Tests.Adaptive;

public sealed class AdaptivePoolTests
{
    private static string RealItembank()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EvalNumerique.sln"))) return Path.Combine(dir.FullName, "itembank");
        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Only_live_items_enter_the_adaptive_pool_with_their_parameters_and_domain()
    {
        var bank = ItemBankLoader.Load(RealItembank());
        var adaptive = AdaptivePool.From(bank);
        var live = bank.Items.Where(i => i.Status == ItemStatus.Live).ToList();
        Assert.Equal(live.Count, adaptive.Pool.Count);
        Assert.True(bank.Items.Count > live.Count, "the real bank has pilot items, which must stay out of the estimate");
        foreach (var item in live)
        {
            int index = adaptive.Pool.IndexOf(item.Id);
            Assert.True(index >= 0);
            Assert.Equal(item.Irt.B, adaptive.Pool[index].B);
            Assert.Equal(item.Domain, adaptive.Pool.Domains[adaptive.Pool.DomainOf(index)]);
        }
        Assert.All(adaptive.EnemyGroups, group => Assert.All(group, id => Assert.True(adaptive.Pool.IndexOf(id) >= 0)));
    }
}
