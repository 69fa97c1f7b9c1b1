using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.ItemBank.Tests.Support;

namespace EvalNumerique.ItemBank.Tests.Loading;

public sealed class RealBankTests
{
    [Fact]
    public void The_real_bank_loads_without_errors_and_meets_the_coverage_of_the_issue()
    {
        var bank = ItemBankLoader.Load(RepoRoot.ItemBank);

        Assert.True(!bank.HasErrors, "errors in the real bank:\n" + string.Join('\n', bank.Errors));
        Assert.True(bank.Items.Count >= 150, $"{bank.Items.Count} items, at least 150 expected");
        Assert.Equal(16, bank.Framework.Competences.Count());
        foreach (var competence in bank.Framework.Competences)
        {
            var items = bank.Items.Where(i => i.Competence == competence.Id).ToList();
            Assert.True(items.Count >= 6, $"{competence.Id} has {items.Count} items, at least 6 expected");
            foreach (var level in new[] { 1, 2, 3, 4 })
            {
                Assert.True(items.Any(i => i.Level == level), $"{competence.Id} has no item at level {level}");
            }
        }

        Assert.True(bank.Items.Count(i => i.Type == ItemType.Simulation) >= 30, "at least 30 simulations expected");
        Assert.Equal(Enum.GetValues<ItemType>().Length, bank.Items.Select(i => i.Type).Distinct().Count());
    }
}
