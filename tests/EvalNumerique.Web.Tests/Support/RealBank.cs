using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;
using EvalNumerique.Web.Tests.Support;

namespace EvalNumerique.Web.Tests.Support;

/// <summary>The real item bank of the repository, loaded once for every component test.</summary>
internal static class RealBank
{
    private static readonly Lazy<LoadedBank> Bank = new(() => ItemBankLoader.Load(RepositoryPaths.Itembank));

    public static LoadedBank Loaded => Bank.Value;

    public static IReadOnlyList<Item> Items => Bank.Value.Items;

    public static Item Get(string id) => Bank.Value.FindItem(id) ?? throw new InvalidOperationException($"Item {id} is not in the bank.");

    public static Item FirstOf(ItemType type) => Items.First(i => i.Type == type);

    public static Item FirstSimulation(Func<SimulationContent, bool> match) =>
        Items.First(i => i.Content is SimulationContent s && match(s));

    /// <summary>The first item of each of the seven types, for tests every type must pass.</summary>
    public static TheoryData<string> OnePerType()
    {
        var data = new TheoryData<string>();
        foreach (var type in Enum.GetValues<ItemType>())
        {
            data.Add(FirstOf(type).Id);
        }

        return data;
    }
}
