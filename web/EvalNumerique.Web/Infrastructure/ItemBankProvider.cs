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
        _files = AdaptivePool.From(Bank);
        _inForce = new ParametersInForce(null, _files);
        _items = Bank.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        logger.LogInformation("Item bank: {Items} items ({Live} live) from {Root}", Bank.Items.Count, Adaptive.Pool.Count, Root);
    }

    /// <summary>The itembank folder (pictures are served from it).</summary>
    public string Root { get; }

    public LoadedBank Bank { get; }

    /// <summary>The scored items as the engine sees them, with the parameters in force for new checks.</summary>
    public AdaptivePool Adaptive => Volatile.Read(ref _inForce).Pool;

    /// <summary>The calibration run whose parameters new checks use, or null for the files' parameters.</summary>
    public int? RunInForce => Volatile.Read(ref _inForce).RunId;

    private readonly AdaptivePool _files;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, AdaptivePool> _runs = new();
    private ParametersInForce _inForce;

    private sealed record ParametersInForce(int? RunId, AdaptivePool Pool);

    /// <summary>
    /// Puts a calibration run's parameters in force for new checks (null: the files' parameters).
    /// A check keeps the parameters it started with (<see cref="AdaptiveFor"/>), so a result never
    /// changes because a calibration was accepted or reverted later.
    /// </summary>
    public void UseParameters(int? runId, IReadOnlyDictionary<string, EvalNumerique.Engine.Models.ItemParameters>? parameters) =>
        Volatile.Write(ref _inForce, new ParametersInForce(runId, runId is { } id ? _runs.GetOrAdd(id, _ => AdaptivePool.From(Bank, parameters)) : _files));

    /// <summary>The pool with the parameters of a run (null: the files'), loading them once with <paramref name="load"/>.</summary>
    public AdaptivePool AdaptiveFor(int? runId, Func<int, IReadOnlyDictionary<string, EvalNumerique.Engine.Models.ItemParameters>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return runId is { } id ? _runs.GetOrAdd(id, key => AdaptivePool.From(Bank, load(key))) : _files;
    }


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
