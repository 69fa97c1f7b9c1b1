using EvalNumerique.ItemBank.Adaptive;
using EvalNumerique.ItemBank.Items;
using EvalNumerique.ItemBank.Loading;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>
/// The item bank loaded once from <c>itembank/</c> (configuration <c>ItemBank:Path</c>, else the nearest
/// <c>itembank</c> folder above the app). Items with errors are left out and logged; the rest serve.
/// </summary>
public sealed class ItemBankProvider
{
    private readonly Dictionary<string, Item> _items;

    public ItemBankProvider(IConfiguration configuration, IHostEnvironment environment, ILogger<ItemBankProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        Root = Path.GetFullPath(configuration["ItemBank:Path"] ?? FindItembank(environment.ContentRootPath));
        Bank = ItemBankLoader.Load(Root);
        foreach (var diagnostic in Bank.Errors)
            logger.LogWarning("Item bank: {Diagnostic}", diagnostic.ToString());
        if (Bank.Framework is null || Bank.Items.Count == 0)
            throw new InvalidOperationException($"The item bank at {Root} could not be loaded; run `evalnum validate --itembank {Root}`.");
        Adaptive = AdaptivePool.From(Bank);
        _items = Bank.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        logger.LogInformation("Item bank: {Items} items ({Live} live) from {Root}", Bank.Items.Count, Adaptive.Pool.Count, Root);
    }

    /// <summary>The itembank folder (pictures are served from it).</summary>
    public string Root { get; }

    public LoadedBank Bank { get; }

    public AdaptivePool Adaptive { get; }

    public ItemBank.Framework.CompetenceFramework Framework => Bank.Framework!;

    public Item? Find(string id) => _items.GetValueOrDefault(id);

    private static string FindItembank(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "itembank");
            if (File.Exists(Path.Combine(candidate, "framework.yaml"))) return candidate;
        }
        throw new InvalidOperationException($"No itembank/ folder found above {start}; set ItemBank:Path.");
    }
}
