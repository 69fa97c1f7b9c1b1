namespace EvalNumerique.ItemBank.Importing;

/// <summary>
/// Bounds on what an import reads, so that a hostile archive (zip bomb, millions of entries) cannot exhaust the
/// server. The defaults leave ample room: the whole real bank is 179 items and 98 pictures, under 2 MB.
/// </summary>
/// <param name="MaxEntries">Most files read from a folder or zip.</param>
/// <param name="MaxEntryBytes">Largest uncompressed file.</param>
/// <param name="MaxTotalBytes">Largest uncompressed total.</param>
public sealed record ImportLimits(int MaxEntries = 2_000, long MaxEntryBytes = 5 * 1024 * 1024, long MaxTotalBytes = 50 * 1024 * 1024)
{
    /// <summary>The default limits.</summary>
    public static ImportLimits Default { get; } = new();
}
