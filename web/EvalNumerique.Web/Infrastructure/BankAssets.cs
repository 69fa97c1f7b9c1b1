using EvalNumerique.ItemBank.Items;

namespace EvalNumerique.Web.Infrastructure;

/// <summary>URLs of an item's pictures and recorded audio, served read-only under <see cref="RequestPath"/>.</summary>
public static class BankAssets
{
    public const string RequestPath = "/bank";

    /// <summary>The URL of a file referenced by an item (relative to the item file).</summary>
    public static string Url(Item item, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(relativePath);
        string folder = Path.GetDirectoryName(item.SourcePath)?.Replace('\\', '/') ?? "";
        string combined = string.IsNullOrEmpty(folder) ? relativePath : $"{folder}/{relativePath}";
        return $"{RequestPath}/{string.Join('/', combined.Split('/').Select(Uri.EscapeDataString))}";
    }
}
